import { SEARCH_LIMIT_DEFAULT, type SearchParams } from '@/lib/api/search-schema';
import { type Locale, localeHref } from '@/lib/i18n/locale';

/** The search page's URL for these parameters: only what differs from the defaults, so links stay short. */
export function searchHref(locale: Locale, params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'type', 'level', 'status', 'category'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.limit && params.limit !== SEARCH_LIMIT_DEFAULT) query.set('limit', String(params.limit));
  if (params.offset) query.set('offset', String(params.offset));
  const search = query.toString();
  return `${localeHref(locale, '/search')}${search ? `?${search}` : ''}`;
}
