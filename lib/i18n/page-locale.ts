import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './locale';

/**
 * A public page's or layout's language, from its [locale] segment. Each calls this first:
 * Next renders layouts and pages independently, and next-intl reads the locale that was set.
 * A segment that is no language (e.g. /robots.txt reaching [locale]) is a 404.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
