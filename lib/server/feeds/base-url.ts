import 'server-only';
import { headers } from 'next/headers';

/**
 * The absolute address of the public site, for links that leave the page (feeds, calendars, the
 * sitemap, QR codes): PUBLIC_BASE_URL when set (what a deployment behind a proxy should do), else
 * the host this request came to. Request-time: never call it inside a 'use cache' function.
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = configuredBaseUrl();
  if (configured) return configured;
  const h = await headers();
  // A proxy may list several hops: the first is what the reader typed.
  const first = (name: string) => h.get(name)?.split(',')[0]?.trim() || null;
  const host = first('x-forwarded-host') ?? first('host') ?? 'localhost';
  const proto = first('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}

export function configuredBaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.PUBLIC_BASE_URL?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_BASE_URL: "${value}" is not an absolute URL (expected e.g. https://heritage.example.gov.cn)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PUBLIC_BASE_URL: "${value}" must start with http:// or https://`);
  }
  // Served under a path prefix or not, links are appended to it without a doubled slash.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The authority of a tag: URI (RFC 4151) is a bare host name, never a port. */
export function tagAuthority(baseUrl: string): string {
  return new URL(baseUrl).hostname;
}
