import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PublicDocument } from '@/components/layout/public-document';
import { toLocale } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const t = getTranslator(toLocale((await params).locale));
  return {
    title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
    description: t('app.tagline'),
  };
}

/** The public pages in the language of the URL: Chinese unprefixed, English under /en. */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  return <PublicDocument locale={locale}>{children}</PublicDocument>;
}
