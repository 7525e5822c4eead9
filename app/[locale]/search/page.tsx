import type { Metadata } from 'next';
import { connection } from 'next/server';
import styles from '@/components/search/search.module.css';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { SEARCH_QUERY_MAX_CHARS, searchParamsFrom, searchParamsSchema } from '@/lib/api/search-schema';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { getTranslator } from '@/lib/i18n/translator';
import { searchPublicRecords } from '@/lib/server/search';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  const q = searchParamsFrom(await searchParams)
    .q?.trim()
    .slice(0, SEARCH_QUERY_MAX_CHARS);
  const meta = await pageMetadata({
    locale,
    path: '/search',
    title: q ? t('search.titleFor', { query: q }) : t('search.title'),
    description: t('search.lead'),
  });
  // A page of results is not a page to index: its canonical is the search page itself.
  return q ? { ...meta, robots: { index: false, follow: true } } : meta;
}

/** `/search?q=…`: rendered at request time from the index as the last write left it (no cache: every query is new). */
export default async function SearchPage({ params, searchParams }: Props) {
  await connection();
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  const values = searchParamsFrom(await searchParams);
  // The page's language decides the results' language, whatever the URL says.
  const parsed = searchParamsSchema.safeParse({ ...values, lang: locale });
  const errors = parsed.success
    ? {}
    : Object.fromEntries(
        parsed.error.issues.map((i) => [String(i.path[0]), t(`search.errors.${String(i.path[0])}` as 'search.errors.type')]),
      );
  const result = parsed.success ? searchPublicRecords(parsed.data) : null;

  return (
    <>
      <header className="record-header">
        <h1>{t('search.title')}</h1>
        <p className="lead">{t('search.lead')}</p>
      </header>

      <SearchForm values={values} errors={errors} />

      {!parsed.success && (
        <div className={styles.notice} role="alert">
          <p>{t('search.invalid')}</p>
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.truncated && (
        <p className={styles.notice} role="status">
          {t('search.truncated', { max: SEARCH_QUERY_MAX_CHARS })}
        </p>
      )}
      {parsed.success &&
        result &&
        (result.terms.length ? <SearchResults result={result} params={parsed.data} /> : <p className="muted">{t('search.empty')}</p>)}
    </>
  );
}
