import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/translator';

export default function NotFound() {
  const t = getTranslator();
  return (
    <section className="not-found">
      <p className="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
