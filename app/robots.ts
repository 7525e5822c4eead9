import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { publicBaseUrl } from '@/lib/i18n/public-url';

/**
 * Crawlers may read every public page; the staff workspace, the expert panels' review and the
 * sign-in page are not for them (the API's writes are POST/PATCH, which crawlers do not send).
 * Request-time, so a changed PUBLIC_BASE_URL shows without a rebuild.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const base = publicBaseUrl();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/manage', '/review', '/login'] },
    sitemap: `${base}/sitemap.xml`,
  };
}
