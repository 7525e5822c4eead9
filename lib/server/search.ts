import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { getDb } from '@/db/client';
import { namesPhrase } from '@/db/search-names';
import type { SearchHitDto, SearchResultDto } from '@/lib/api/dto';
import { SEARCH_TYPES, type SearchParams, searchFieldErrors, searchParamsFrom, searchParamsSchema } from '@/lib/api/search-schema';
import { localeHref } from '@/lib/i18n/locale';
import { InvalidInputError } from './errors';
import {
  cutAround,
  ELLIPSIS,
  findRanges,
  foldCase,
  MARK_CLOSE,
  MARK_OPEN,
  type MarkedText,
  matchExpression,
  mergeRanges,
  parseQuery,
  type SearchTerms,
  unmark,
} from './search-text';

/**
 * The public search over the index (lib/server/search-index.ts). Terms of three or more characters
 * go to the FTS5 trigram index as quoted strings, ranked by bm25 (titles weigh more). Terms of one or
 * two characters, which trigrams cannot find: alone, they are looked up in the names index
 * (search_names, db/search-names.ts), because a term that short matches most descriptions and would
 * otherwise mean reading every row; beside a longer term, they are matched with instr() anywhere in
 * the few rows the longer term found. Every term must match (AND). Results are plain text with
 * highlight ranges.
 */

/** Counting stops here, so a one-character query over a large index stays bounded. */
export const TOTAL_CAP = 1000;
/** bm25 weights of title_zh, title_en, body_zh, body_en: a match in a name counts most. */
const WEIGHTS = sql.raw('bm25(search_fts, 8.0, 8.0, 1.0, 1.0)');
const TITLE_COLUMNS = ['d.title_zh', 'd.title_en'];
const TEXT_COLUMNS = [...TITLE_COLUMNS, 'd.body_zh', 'd.body_en'];

/**
 * A short term in any of these columns. ASCII letters are matched case-insensitively, as FTS5 does,
 * with lower() (the term is folded likewise); other text is compared as it is, which spares a lower()
 * of every row for the Chinese terms this path mostly serves.
 */
function contains(columns: string[], term: string): SQL {
  const folded = /[A-Za-z]/.test(term);
  const checks = columns.map((c) =>
    folded ? sql`instr(lower(${sql.raw(c)}), ${foldCase(term)}) > 0` : sql`instr(${sql.raw(c)}, ${term}) > 0`,
  );
  return sql`(${sql.join(checks, sql` or `)})`;
}
const TYPE_ORDER = sql.raw(`case d.type ${SEARCH_TYPES.map((t, i) => `when '${t}' then ${i}`).join(' ')} end`);

interface IndexRow {
  id: number;
  type: SearchHitDto['type'];
  slug: string;
  path: string;
  titleZh: string;
  titleEn: string | null;
  bodyZh: string;
  bodyEn: string;
  contextZh: string | null;
  contextEn: string | null;
}

interface Marked {
  id: number;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

function filters(params: SearchParams): SQL[] {
  const where: SQL[] = [];
  if (params.type) where.push(sql`d.type = ${params.type}`);
  if (params.level) where.push(sql`d.level = ${params.level}`);
  if (params.status) where.push(sql`d.status = ${params.status}`);
  if (params.category) where.push(sql`d.category = ${params.category}`);
  return where;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` and `) : sql`1`);

/**
 * The statement that finds the matching rows' ids, split so the count can leave out the ordering.
 * Exported for the query-plan test.
 */
export function matching(params: SearchParams, terms: SearchTerms): { select: SQL; order: SQL } {
  const where = filters(params);
  if (terms.long.length) {
    const short = terms.short.map((term) => contains(TEXT_COLUMNS, term));
    return {
      select: sql`select d.id as id from search_fts join search_documents d on d.id = search_fts.rowid
        where search_fts match ${matchExpression(terms.long)} and ${and([...where, ...short])}`,
      order: sql`order by ${WEIGHTS}, ${TYPE_ORDER}, d.id`,
    };
  }
  // Every name holding the terms matches alike: by kind of record (sites first), then in record order.
  // A short term can match a large part of the index (验收 is in every acceptance's name), so only
  // the first matches in index order, as many as are counted, are ranked: the work stays bounded,
  // and beyond that the reader is told there are more than TOTAL_CAP and to narrow the search.
  return {
    select: sql`select d.id as id from (
      select d.id as id, d.type as type from search_names join search_documents d on d.id = search_names.rowid
      where search_names match ${terms.short.map(namesPhrase).join(' AND ')} and ${and(where)}
      order by search_names.rowid limit ${TOTAL_CAP + 1}) d`,
    order: sql`order by ${TYPE_ORDER}, d.id`,
  };
}

const empty = (params: SearchParams, terms: SearchTerms): SearchResultDto => ({
  query: terms.text,
  truncated: terms.truncated,
  terms: [...terms.long, ...terms.short],
  items: [],
  total: 0,
  totalCapped: false,
  limit: params.limit,
  offset: params.offset,
});

/**
 * The public search as the API calls it: the URL's parameters checked (a 400 naming each field and
 * its rule), then searched.
 */
export function searchFromQuery(query: URLSearchParams | Record<string, string | string[] | undefined>): SearchResultDto {
  const parsed = searchParamsSchema.safeParse(searchParamsFrom(query));
  if (!parsed.success) throw new InvalidInputError('搜索条件有误，请按提示修改。', searchFieldErrors(parsed.error));
  return searchPublicRecords(parsed.data);
}

/**
 * Search on the server's connection. Request-time and never cached: every query is new, and the
 * index is exactly as the last write's transaction left it.
 */
export function searchPublicRecords(params: SearchParams): SearchResultDto {
  return searchRecords(getDb(), params);
}

export function searchRecords(db: Tx, params: SearchParams): SearchResultDto {
  const terms = parseQuery(params.q);
  if (!terms.long.length && !terms.short.length) return empty(params, terms);
  const { select, order } = matching(params, terms);
  const counted = db.get<{ n: number }>(sql`select count(*) as n from (${select} limit ${TOTAL_CAP + 1})`)?.n ?? 0;
  const ids = db.all<{ id: number }>(sql`${select} ${order} limit ${params.limit} offset ${params.offset}`).map((r) => r.id);
  const result = { ...empty(params, terms), total: Math.min(counted, TOTAL_CAP), totalCapped: counted > TOTAL_CAP };
  if (!ids.length) return result;

  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = new Map(
    db
      .all<IndexRow>(
        sql`select id, type, slug, path, title_zh as titleZh, title_en as titleEn, body_zh as bodyZh, body_en as bodyEn,
            context_zh as contextZh, context_en as contextEn
          from search_documents d where id in (${idList})`,
      )
      .map((r) => [r.id, r]),
  );
  // FTS5's own account of where the long terms matched, for the rows of this page only.
  const marked = new Map(
    terms.long.length
      ? db
          .all<Marked>(
            sql`select rowid as id,
              highlight(search_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as titleZh,
              coalesce(highlight(search_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}), '') as titleEn,
              highlight(search_fts, 2, ${MARK_OPEN}, ${MARK_CLOSE}) as bodyZh,
              highlight(search_fts, 3, ${MARK_OPEN}, ${MARK_CLOSE}) as bodyEn
            from search_fts where search_fts match ${matchExpression(terms.long)} and rowid in (${idList})`,
          )
          .map((m) => [m.id, m])
      : [],
  );
  const locale = params.lang ?? 'zh';
  return {
    ...result,
    items: ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [toHit(row, marked.get(id), terms, locale)] : [];
    }),
  };
}

/** A field as plain text with every term's ranges: FTS5's for the long terms, a scan's for the short ones. */
function highlighted(plain: string, fromFts: string | undefined, terms: SearchTerms): MarkedText {
  const fts = fromFts === undefined ? { text: plain, ranges: [] } : unmark(fromFts);
  return { text: fts.text, ranges: mergeRanges([...fts.ranges, ...findRanges(fts.text, terms.short)]) };
}

function toHit(row: IndexRow, marks: Marked | undefined, terms: SearchTerms, locale: 'zh' | 'en'): SearchHitDto {
  const field = (lang: 'zh' | 'en', part: 'title' | 'body') => {
    const plain = part === 'title' ? (lang === 'zh' ? row.titleZh : (row.titleEn ?? '')) : lang === 'zh' ? row.bodyZh : row.bodyEn;
    const fromFts = marks?.[`${part}${lang === 'zh' ? 'Zh' : 'En'}`];
    return { lang, ...highlighted(plain, fromFts, terms) };
  };
  const other = locale === 'zh' ? 'en' : 'zh';
  // The title in the reader's language, falling back to the Chinese.
  const title = locale === 'en' && row.titleEn ? field('en', 'title') : field('zh', 'title');
  // The snippet shows where the match is: the body in the reader's language, else the other body,
  // else the other language's title (a Chinese reader who searched an English name); failing all,
  // the opening words of the body.
  const candidates = [field(locale, 'body'), field(other, 'body'), ...(title.lang === locale ? [field(other, 'title')] : [])];
  const shown =
    candidates.find((c) => c.ranges.length) ?? [field(locale, 'body'), field('zh', 'body')].find((c) => c.text) ?? field(locale, 'body');
  const snippet = cutAround(shown.text, shown.ranges);
  return {
    type: row.type,
    slug: row.slug,
    title: title.text,
    titleHighlights: title.ranges,
    titleLang: title.lang,
    snippet: snippet.text === ELLIPSIS ? '' : snippet.text,
    highlights: snippet.ranges,
    snippetLang: shown.lang,
    context: locale === 'en' ? (row.contextEn ?? row.contextZh) : row.contextZh,
    contextLang: locale === 'en' && row.contextEn ? 'en' : 'zh',
    url: row.path.startsWith('/files/') ? row.path : localeHref(locale, row.path),
  };
}
