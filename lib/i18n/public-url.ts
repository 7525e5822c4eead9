import 'server-only';
import { headers } from 'next/headers';
import { type Locale, localeHref } from './locale';

/**
 * The site's public address for absolute URLs (canonical, hreflang, Open Graph, feeds, QR codes):
 * PUBLIC_BASE_URL when set, else the host this request came to. Behind a proxy that terminates
 * HTTPS without sending X-Forwarded-Proto, set PUBLIC_BASE_URL.
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  const h = await headers();
  const host = h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/** The absolute URL of a public path (encoded, without the language prefix) in a language. */
export async function publicUrl(locale: Locale, path: string): Promise<string> {
  return `${await publicBaseUrl()}${localeHref(locale, path)}`;
}
