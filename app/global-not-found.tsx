import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundBody } from '@/components/layout/not-found-body';
import { PublicDocument } from '@/components/layout/public-document';
import { toLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import './globals.css';

/** A whole page at request time: it reads the language from the proxy's header. */
export const instant = false;

/** The language the proxy gave this request (X-NEXT-INTL-LOCALE), Chinese when there is none. */
async function requestLocale() {
  return toLocale((await headers()).get('x-next-intl-locale') ?? undefined);
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await requestLocale())('notFound.title') };
}

/**
 * Every 404 of the site: a path no route matches (/x, /en/x, /favicon.ico, /api/x) and a record
 * page without its record, which proxy.ts rewrites to such a path. Only an unmatched path gets a
 * real 404 status with the page in it: a page that calls notFound() while rendering is answered
 * from the error shell (Next 16 with Cache Components), so record pages are checked in the proxy
 * first. It lies outside both root layouts, so it sets the language for the header and footer.
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  setRequestLocale(locale);
  return (
    <PublicDocument locale={locale}>
      <NotFoundBody locale={locale} />
    </PublicDocument>
  );
}
