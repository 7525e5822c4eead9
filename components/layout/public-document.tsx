import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import './public.css';

/**
 * The public side's document in one language: <html lang>, the masthead with the language
 * switch, the page, the footer. The [locale] layout and the site-wide 404 both use it.
 * No next-intl provider: no public client component reads messages, so none are sent.
 */
export function PublicDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getTranslator(locale);
  return (
    <html lang={htmlLang[locale]}>
      <body className="public">
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <SiteHeader languageSwitch={<LanguageSwitch label={t('nav.language')} current={locale} />} />
        <main id="main" className="wrap">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
