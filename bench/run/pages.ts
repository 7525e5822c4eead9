/**
 * The page rows: the project page, its site page and the static about page at 10 and 50
 * connections, then project pages spread over many published projects, which the server has not
 * rendered yet, to show honestly what a first visit costs next to the cached figures.
 */
import { get } from './http';
import { pageLatency, runLoad } from './load';
import type { LoadFigures, ServedAs } from './results';
import type { Sample } from './sample';

export const CONNECTIONS = [10, 50] as const;
export const SPREAD_CONNECTIONS = 50;

/**
 * How Next served a page, from the headers `next start` sets: the ratio rows mean something only
 * when the about page really is the static, prerendered page of the issue.
 */
export function servedAs(headers: Record<string, string | string[] | undefined>): ServedAs {
  if (headers['x-nextjs-postponed'] === '1') return 'partial prerender';
  if (headers['x-nextjs-cache'] || headers['x-nextjs-prerender'] === '1') return 'static, prerendered';
  return 'rendered per request';
}

/**
 * One request to each page, so the measured runs see warm caches; a page that is not there stops the
 * run. The first request may be long: the server opens the database then (and rebuilds a stale
 * search index). Returns how the about page was served, from its second answer.
 */
export async function warmPages(baseUrl: string, sample: Sample, progress: (line: string) => void): Promise<ServedAs> {
  progress(`warming ${sample.pages.about.path}: the server opens the database on its first request`);
  const first = await get(`${baseUrl}${sample.pages.about.path}`);
  if (first.status === 404) {
    throw new Error(
      `${sample.pages.about.path} answers 404: the benchmark compares the pages with a static, prerendered about page (issue 6), which this build does not have`,
    );
  }
  let about: ServedAs = 'rendered per request';
  for (const path of [sample.pages.about.path, sample.pages.project.path, sample.pages.site.path]) {
    const response = await get(`${baseUrl}${path}`);
    if (response.status !== 200) throw new Error(`warming ${path}: answered ${response.status}`);
    if (path === sample.pages.about.path) about = servedAs(response.headers);
  }
  return about;
}

export async function measurePages(
  baseUrl: string,
  sample: Sample,
  durationS: number,
  progress: (line: string) => void,
): Promise<LoadFigures[]> {
  const rows: LoadFigures[] = [];
  const measure = async (name: LoadFigures['name'], paths: readonly string[], connections: number) => {
    const run = await runLoad({ baseUrl, connections, durationS, paths });
    const row: LoadFigures = {
      name,
      connections,
      durationS,
      requests: run.requests,
      rps: Math.round(run.rps),
      ...pageLatency(run),
      non2xx: run.non2xx,
      errors: run.errors,
    };
    progress(
      `${name} × ${connections}: ${row.rps} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ${row.non2xx} non-2xx, ${row.errors} errors`,
    );
    rows.push(row);
  };
  for (const connections of CONNECTIONS) {
    await measure('project', [sample.pages.project.path], connections);
    await measure('site', [sample.pages.site.path], connections);
    await measure('about', [sample.pages.about.path], connections);
  }
  await measure('project-spread', sample.spreadPaths, SPREAD_CONNECTIONS);
  return rows;
}

/** Requests/s of a page over the about page's, at the higher connection count of the same run. */
export function ratioToAbout(rows: readonly LoadFigures[], name: 'project' | 'site'): number {
  const at = (n: LoadFigures['name']) => rows.find((r) => r.name === n && r.connections === SPREAD_CONNECTIONS)?.rps ?? 0;
  const about = at('about');
  return about > 0 ? Math.round((at(name) / about) * 1000) / 1000 : 0;
}
