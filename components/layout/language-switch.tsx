'use client';

import { usePathname } from 'next/navigation';
import { type Locale, localeHref, locales } from '@/lib/i18n/locale-path';

/** Each language names itself, in itself, whatever the page's language. */
const NAMES: Record<Locale, { label: string; lang: string }> = {
  zh: { label: '中文', lang: 'zh-CN' },
  en: { label: 'English', lang: 'en' },
};

const LOCALE_PREFIX = new RegExp(`^/(?:${locales.join('|')})(?=/|$)`);

/**
 * Links to this same page in each language: /projects/x ⇄ /en/projects/x. Rendered on the
 * server as plain links, so it works without JavaScript. The page's language comes as a prop:
 * the public pages carry no next-intl provider (and its runtime) to the browser.
 */
export function LanguageSwitch({ label, current }: { label: string; current: Locale }) {
  // The Chinese pages are served from /zh/… internally; either prefix names the same page.
  const path = (usePathname() ?? '/').replace(LOCALE_PREFIX, '') || '/';
  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={localeHref(locale, path)}
              hrefLang={NAMES[locale].lang}
              lang={NAMES[locale].lang}
              aria-current={locale === current ? 'true' : undefined}
            >
              {NAMES[locale].label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
