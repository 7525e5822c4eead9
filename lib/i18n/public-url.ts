import { type Locale, localeHref } from './locale-path';

/**
 * The site's public address for absolute URLs (canonical, hreflang, Open Graph, feeds, QR codes):
 * PUBLIC_BASE_URL, else http://localhost:$PORT for a server run on one's own machine.
 * Configuration, never the request's Host header: public pages are cached and shared by every
 * reader, so an address taken from one request would be served to all (cache poisoning).
 * Pages prerendered at build time carry the address the build saw; `npm start` rebuilds when it changes
 * (which is why this module is not server-only: scripts/start.ts asks it too).
 */
export function publicBaseUrl(): string {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** The absolute URL of a public path (encoded, without the language prefix) in a language. */
export function publicUrl(locale: Locale, path: string): string {
  return `${publicBaseUrl()}${localeHref(locale, path)}`;
}
