import 'server-only';
import type { Metadata } from 'next';
import { type Locale, localeHref, locales } from './locale';
import { publicBaseUrl } from './public-url';
import { getTranslator } from './translator';

const OG_LOCALE: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' };
/** hreflang codes: the Chinese is Simplified Chinese for the mainland. */
const HREFLANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

interface PageMeta {
  locale: Locale;
  /** The page's path without the language prefix, its segments URL-encoded: /projects/ersha-office. */
  path: string;
  title: string;
  description?: string | null;
  /** A record's page is an article; lists and the home page are the website. */
  type?: 'website' | 'article';
  /** The home page's title is the site's name alone, without the " · site" suffix. */
  absoluteTitle?: boolean;
}

/**
 * Title, description, canonical URL, hreflang alternates (zh-CN, en, x-default → Chinese) and
 * Open Graph for one public page in one language. Every language version names all of them,
 * as search engines expect.
 */
export function pageMetadata({ locale, path, title, description, type = 'website', absoluteTitle = false }: PageMeta): Metadata {
  const base = publicBaseUrl();
  const url = (l: Locale) => `${base}${localeHref(l, path)}`;
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [HREFLANG[l], url(l)]));
  languages['x-default'] = url('zh');
  const t = getTranslator(locale);
  const summary = description ? shorten(description) : t('app.tagline');
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: summary,
    alternates: { canonical: url(locale), languages },
    openGraph: {
      title,
      description: summary,
      type,
      locale: OG_LOCALE[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      url: url(locale),
      siteName: t('app.name'),
    },
  };
}

const DESCRIPTION_MAX = 160;

/** Search results show about 160 characters: end on a whole sentence when one fits. */
export function shorten(text: string): string {
  if (text.length <= DESCRIPTION_MAX) return text;
  const head = text.slice(0, DESCRIPTION_MAX);
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('. '));
  return end > DESCRIPTION_MAX / 2 ? head.slice(0, end + 1) : `${head.slice(0, DESCRIPTION_MAX - 1)}…`;
}
