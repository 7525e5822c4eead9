import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { htmlLang } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

const t = getTranslator('zh');

export const metadata: Metadata = {
  title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
  description: t('app.tagline'),
};

/**
 * The staff workspace (/manage), the expert panels' review (/review) and sign-in (/login):
 * Chinese only, at URLs without a language segment. Shared components read their language
 * from next-intl, which gives Chinese here; the provider gives client components the same.
 */
export default function WorkspaceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={htmlLang.zh}>
      <body>
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <NextIntlClientProvider locale="zh" messages={null}>
          <SiteHeader />
          <main id="main" className="wrap">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
