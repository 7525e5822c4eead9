import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundBody } from '@/components/layout/not-found-body';
import { PublicDocument } from '@/components/layout/public-document';
import { toLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/** The language the proxy gave this request (X-NEXT-INTL-LOCALE), Chinese when there is none. */
async function requestLocale() {
  return toLocale((await headers()).get('x-next-intl-locale') ?? undefined);
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await requestLocale())('notFound.title') };
}

/**
 * Every 404 of the site: a path no page matches (/x, /en/x, /favicon.ico) and a record page
 * without its record, which proxy.ts rewrites to such a path. Only a path that matches no route
 * gets a real 404 status with the page in it: a page that calls notFound() while rendering is
 * answered from the error shell (Next 16 with Cache Components), so record pages are checked
 * in the proxy first. The proxy's header says which language the reader asked for.
 */
export default async function NotFound() {
  const locale = await requestLocale();
  return (
    <PublicDocument locale={locale}>
      <NotFoundBody />
    </PublicDocument>
  );
}
