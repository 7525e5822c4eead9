/**
 * `GET /api/v1/search?q=` with real terms in turn, one group for terms of three or more Chinese
 * characters (FTS5's trigram index) and one for one or two (the bounded scan), at 1 and 10
 * connections. Rotating terms keeps any cache from answering the same query over and over.
 */
import { runLoad } from './load';
import { summarise } from './percentile';
import type { SearchFigures } from './results';

export const SEARCH_CONNECTIONS = [1, 10] as const;

const searchPath = (term: string) => `/api/v1/search?q=${encodeURIComponent(term)}`;

export async function measureSearch(
  baseUrl: string,
  terms: { long: string[]; short: string[] },
  durationS: number,
  progress: (line: string) => void,
): Promise<SearchFigures[]> {
  // Every term once first: a term that fails is a broken run, not a slow one.
  for (const term of [...terms.long, ...terms.short]) {
    const response = await fetch(`${baseUrl}${searchPath(term)}`, { signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`search for "${term}" answered ${response.status}`);
  }
  const rows: SearchFigures[] = [];
  for (const group of ['long', 'short'] as const) {
    for (const connections of SEARCH_CONNECTIONS) {
      const run = await runLoad({ baseUrl, connections, durationS, paths: terms[group].map(searchPath) });
      const { p50, p95, p99 } = summarise(run.samples);
      const row = {
        group,
        connections,
        durationS,
        terms: terms[group],
        requests: run.requests,
        p50Ms: p50,
        p95Ms: p95,
        p99Ms: p99,
        non2xx: run.non2xx,
        errors: run.errors,
      };
      progress(`search ${group} × ${connections}: p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms over ${run.requests} requests`);
      rows.push(row);
    }
  }
  return rows;
}
