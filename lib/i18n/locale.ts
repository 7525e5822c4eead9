import { hasLocale, useLocale } from 'next-intl';
import { defaultLocale, type Locale, locales } from './locale-path';

export { defaultLocale, type Locale, localeHref, locales } from './locale-path';

/** BCP 47 tag for <html lang>, lang attributes and Intl formatters. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && hasLocale(locales, value);
}

/** Between the items of an inline list: 甲、乙 / A, B. */
export const listSeparator: Record<Locale, string> = { zh: '、', en: ', ' };

/** Anything else (the workspace, which has no locale segment) reads Chinese. */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/**
 * The reader's language inside a component, from next-intl: the [locale] segment on public
 * pages, Chinese in the workspace. Server and client components alike; async components
 * (pages) get it from their params instead.
 */
export function useReaderLocale(): Locale {
  return toLocale(useLocale());
}
