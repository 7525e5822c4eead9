import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { siteViewport } from '@/components/layout/viewport';
import { htmlLang } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import '../globals.css';

const t = getTranslator('zh');

export const viewport = siteViewport;

/** Whole pages at request time, never a prerendered frame with content streamed into it. */
export const instant = false;

export const metadata: Metadata = {
  title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
  description: t('app.tagline'),
};

/**
 * The staff workspace (/manage), the expert panels' review (/review) and sign-in (/login):
 * Chinese only, at URLs without a language segment. Shared components read their language
 * from next-intl, which gives Chinese here; the provider gives client components the same.
 * Request-time throughout: who is signed in, and the records as they are now. One of the app's
 * two root layouts; app/[locale]/layout.tsx is the other.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  await connection();
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
