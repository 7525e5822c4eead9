import Link from 'next/link';
import { markChinese } from '@/components/ui/chinese-runs';
import type { SearchHitDto, SearchResultDto } from '@/lib/api/dto';
import type { SearchParams } from '@/lib/api/search-schema';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { HighlightedText } from './highlighted-text';
import styles from './search.module.css';
import { searchHref } from './search-href';

/** One result: what kind of record, its name as a link, and the words around the match. */
function SearchHit({ hit }: { hit: SearchHitDto }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const title = <HighlightedText text={hit.title} ranges={hit.titleHighlights} lang={hit.titleLang} pageLocale={locale} />;
  return (
    <li className={styles.hit}>
      <p className={styles.type}>
        {t(`search.types.${hit.type}`)}
        {hit.context && (
          <>
            {' · '}
            <HighlightedText text={hit.context} ranges={[]} lang={hit.contextLang} pageLocale={locale} />
          </>
        )}
      </p>
      <h3 className={styles.title}>
        {/* A document opens its file (a route handler, not a page): a plain link, no client navigation. */}
        {hit.type === 'document' ? <a href={hit.url}>{title}</a> : <Link href={hit.url}>{title}</Link>}
      </h3>
      {hit.snippet && (
        <p className={styles.snippet}>
          <HighlightedText text={hit.snippet} ranges={hit.highlights} lang={hit.snippetLang} pageLocale={locale} />
        </p>
      )}
    </li>
  );
}

/** The results of a search that had words to look for: count, list and paging, or why there is nothing. */
export function SearchResults({ result, params }: { result: SearchResultDto; params: SearchParams }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const { items, total, offset, limit } = result;
  const from = offset + 1;
  const to = offset + items.length;
  const previous = offset > 0 ? Math.max(0, offset - limit) : null;
  const next = to < total ? to : null;

  return (
    <section aria-labelledby="search-results-heading" className={styles.results}>
      <h2 id="search-results-heading">{t('search.results')}</h2>
      {items.length === 0 ? (
        <div className={styles.none}>
          {/* The reader's words may be Chinese on an English page. */}
          <p>{markChinese(t('search.none', { query: result.query }), locale)}</p>
          <p className="muted">{t('search.noneHint')}</p>
        </div>
      ) : (
        <>
          <p className={styles.count}>
            {result.totalCapped ? t('search.countCapped', { total }) : t('search.count', { total })}
            {(offset > 0 || next !== null) && <span className="muted"> · {t('search.range', { from, to })}</span>}
          </p>
          <ol className={styles.list} start={from}>
            {items.map((hit, i) => (
              // Several milestones of a project lead to the same place: the position is the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: a server-rendered list that never reorders
              <SearchHit key={i} hit={hit} />
            ))}
          </ol>
          {(previous !== null || next !== null) && (
            <nav aria-label={t('search.pages')} className={styles.pager}>
              {previous !== null && (
                <Link href={searchHref(locale, { ...params, offset: previous })} rel="prev">
                  {t('search.previous')}
                </Link>
              )}
              {next !== null && (
                <Link href={searchHref(locale, { ...params, offset: next })} rel="next">
                  {t('search.next')}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
