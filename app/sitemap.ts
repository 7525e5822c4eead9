import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { defaultLocale, htmlLang, localeHref, locales } from '@/lib/i18n/locale';
import { publicBaseUrl } from '@/lib/i18n/public-url';
import { getPublicPagePaths } from '@/lib/server/feeds/public-pages';

/**
 * Every public page in both languages (Chinese unprefixed, English under /en), each listing its
 * other language as an hreflang alternate. Request-time, so a changed PUBLIC_BASE_URL shows without a rebuild; the list of
 * pages is cached and revalidated by every write to a site or project.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [base, paths] = [publicBaseUrl(), await getPublicPagePaths()];
  return paths.flatMap((path) => {
    const languages = {
      ...Object.fromEntries(locales.map((l) => [htmlLang[l], `${base}${localeHref(l, path)}`])),
      // A reader whose language is neither gets the record's own language.
      'x-default': `${base}${localeHref(defaultLocale, path)}`,
    };
    return locales.map((locale) => ({ url: `${base}${localeHref(locale, path)}`, alternates: { languages } }));
  });
}
