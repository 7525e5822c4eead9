import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/locale';
import { clientMessages } from '@/lib/i18n/messages';
import { getTranslator } from '@/lib/i18n/translator';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import './public.css';

/**
 * The public side's document in one language: <html lang>, the masthead with the language
 * switch, the page, the footer. The [locale] layout and the site-wide 404 both use it.
 */
export function PublicDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getTranslator(locale);
  return (
    <html lang={htmlLang[locale]}>
      <body className="public">
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)}>
          <SiteHeader languageSwitch={<LanguageSwitch label={t('nav.language')} />} />
          <main id="main" className="wrap">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
