/**
 * The languages and how a path carries them, with no next-intl import: a client component (the
 * language switch) takes these without bringing next-intl's runtime to every public page.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
/** Chinese is the record's own language and lives at the unprefixed URLs. */
export const defaultLocale: Locale = 'zh';

/** A path of this site in a language: /projects/x stays, /en/projects/x for English. */
export function localeHref(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
