import Link from 'next/link';
import type { ReactNode } from 'react';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/** The site's masthead: the seal and name, the main navigation, and (public pages) the language switch. */
export function SiteHeader({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const home = localeHref(locale, '/');
  return (
    <header className="site-header">
      <div className="wrap header-inner">
        <Link href={home} className="brand">
          <span className="brand-seal" aria-hidden="true">
            文
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul className="nav-list">
            <li>
              <Link href={home}>{t('nav.home')}</Link>
            </li>
            <li>
              <Link href={localeHref(locale, '/timeline')}>{t('nav.timeline')}</Link>
            </li>
            <li>
              <Link href={localeHref(locale, '/search')}>{t('search.title')}</Link>
            </li>
          </ul>
        </nav>
        {languageSwitch}
      </div>
    </header>
  );
}
