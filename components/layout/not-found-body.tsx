import Link from 'next/link';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/** What a reader sees for a page that does not exist, in their language, with the way home. */
export function NotFoundBody() {
  const locale = useReaderLocale();
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
