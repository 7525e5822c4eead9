import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PublicDocument } from '@/components/layout/public-document';
import { siteViewport } from '@/components/layout/viewport';
import { locales, toLocale } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import '../globals.css';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export const viewport = siteViewport;

/**
 * No public page streams its content into a prerendered frame (a reader without JavaScript would
 * see only the frame): a page is whole and static (the record pages, cached per record until a
 * write invalidates them; the about page) or whole at request time (connection(): home, timeline,
 * search).
 */
export const instant = false;

/** Both languages are known at build time, so pages that read no records (about) prerender. */
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const t = getTranslator(toLocale((await params).locale));
  return {
    title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
    description: t('app.tagline'),
  };
}

/**
 * The root layout of the public pages, in the language of the URL: Chinese unprefixed (served
 * internally as /zh/…), English under /en. The workspace has its own root layout, app/(workspace).
 */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  return <PublicDocument locale={locale}>{children}</PublicDocument>;
}
