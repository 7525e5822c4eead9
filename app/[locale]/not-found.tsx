import type { Metadata } from 'next';
import { locale } from 'next/root-params';
import { NotFoundBody } from '@/components/layout/not-found-body';
import { toLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(toLocale(await locale()))('notFound.title') };
}

/**
 * A public page's own notFound() (a record removed between the proxy's check and the render),
 * inside the language's layout; every other 404 is app/global-not-found.tsx. Next renders this
 * boundary along with every page under [locale], so it reads the language from the URL's root
 * parameter: never from request headers, which would make every public page request-time.
 */
export default async function NotFound() {
  return <NotFoundBody locale={toLocale(await locale())} />;
}
