import Link from 'next/link';
import { type Locale, localeHref } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * What a reader sees for a page that does not exist, in their language, with the way home.
 * The language is given, not read from next-intl: a not-found boundary renders before (and
 * beside) the layout that would set it.
 */
export function NotFoundBody({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <section className="not-found">
      <p className="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={localeHref(locale, '/')}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
