import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locale-path';

/**
 * Chinese is the record's own language and lives at the unprefixed URLs; English is under /en.
 * The URL alone decides the language: no Accept-Language or cookie redirect, so a link
 * someone shares opens in the language it was shared in.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  // Pages give their hreflang alternates in their metadata, with the public base URL.
  alternateLinks: false,
});

export type { Locale } from './locale-path';
