/**
 * The public search's parameters, one schema for the API (`GET /api/v1/search`) and the page
 * (`/search`): both read the same URL query. Isomorphic; imported by db/schema.ts for the type codes,
 * so its imports stay relative.
 */
import { z } from 'zod';
import { PROJECT_CATEGORIES, PROJECT_STATUSES, PROTECTION_LEVELS } from '../domain/codes';

/** What a result can be, in the order results of equal weight are listed. */
export const SEARCH_TYPES = ['site', 'building', 'project', 'finding', 'milestone', 'document'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_LOCALES = ['zh', 'en'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];

/** Longer queries are cut to this many characters (code points), and the answer says so. */
export const SEARCH_QUERY_MAX_CHARS = 100;
export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;
/** Paging stops here: a reader narrows the query rather than reading result 1,001. */
export const SEARCH_OFFSET_MAX = 1000;

/** A form's "any" choice sends an empty value: the same as leaving the filter out. */
const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);

const oneOf = <T extends readonly [string, ...string[]]>(field: string, label: string, values: T) =>
  z.preprocess(blankIsAbsent, z.enum(values, { error: `${label}（${field}）：应为 ${values.join('、')} 之一` }).optional());

const wholeNumber = (field: string, label: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    blankIsAbsent,
    z.coerce
      .number({ error: `${label}（${field}）：应为 ${min}–${max} 的整数` })
      .int({ error: `${label}（${field}）：应为 ${min}–${max} 的整数` })
      .min(min, { error: `${label}（${field}）：应为 ${min}–${max} 的整数` })
      .max(max, { error: `${label}（${field}）：应为 ${min}–${max} 的整数` })
      .default(fallback),
  );

export const searchParamsSchema = z.object({
  /** Any text at all: the server cleans and cuts it, and never refuses it. */
  q: z.string().default(''),
  type: oneOf('type', '类型', SEARCH_TYPES),
  level: oneOf('level', '保护级别', PROTECTION_LEVELS),
  status: oneOf('status', '项目状态', PROJECT_STATUSES),
  category: oneOf('category', '工程类别', PROJECT_CATEGORIES),
  lang: oneOf('lang', '语言', SEARCH_LOCALES),
  limit: wholeNumber('limit', '每页条数', 1, SEARCH_LIMIT_MAX, SEARCH_LIMIT_DEFAULT),
  offset: wholeNumber('offset', '起始位置', 0, SEARCH_OFFSET_MAX, 0),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** The parameters a URL query names, the first value of each (a page's searchParams or a request's). */
export function searchParamsFrom(query: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of searchParamsSchema.keyof().options) {
    const value = query instanceof URLSearchParams ? query.get(key) : query[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}

/** `{ field: ["名称（field）：规则"] }`, the shape of a problem's `errors`. */
export function searchFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'q');
    out[field] = [...(out[field] ?? []), issue.message];
  }
  return out;
}
