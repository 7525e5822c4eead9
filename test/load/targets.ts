/**
 * What the workload reads and writes, found through the public API as a visitor would find it:
 * the site, its buildings, its published projects with their milestones and decided verdicts.
 * The read paths per kind are a pure function of that, tested in targets.test.ts.
 */
import type { ReadKind } from './options';

interface MilestoneData {
  id: number;
  kind: string;
  actual: string | null;
  version: number;
  inspection: { id: number; decided: boolean; historical: boolean; locked: boolean } | null;
}

export interface ProjectData {
  slug: string;
  milestones: MilestoneData[];
}

export interface PublicData {
  site: { slug: string; buildings: { slug: string }[] };
  projects: ProjectData[];
}

/** Terms of one or two characters (the names index) and of three or more (FTS5 trigrams), Chinese and Latin. */
export const SEARCH_TERMS = {
  short: ['二砂', '验收', '车间', '砂', 'ab', 'Er'],
  long: ['郑州第二砂轮厂', '办公楼保护修缮', '终期验收合格', 'Zhengzhou', 'office building', 'grinding wheel factory'],
} as const;

const searchPath = (term: string, lang: string) => `/api/v1/search?q=${encodeURIComponent(term)}${lang === 'en' ? '&lang=en' : ''}`;

/** The public pages of the data in one language: every page a reader of the site can reach. */
function pages(data: PublicData, prefix: '' | '/en'): string[] {
  const site = data.site.slug;
  return [
    prefix || '/',
    `${prefix}/sites/${site}`,
    ...data.site.buildings.map((b) => `${prefix}/sites/${site}/buildings/${b.slug}`),
    ...data.projects.map((p) => `${prefix}/projects/${p.slug}`),
    ...data.projects.flatMap((p) =>
      p.milestones.filter((m) => m.inspection?.decided).map((m) => `${prefix}/projects/${p.slug}/inspections/${m.inspection?.id}`),
    ),
    `${prefix}/timeline`,
    `${prefix}/about`,
    `${prefix}/search?q=${encodeURIComponent('二砂')}`,
  ];
}

export function readPaths(data: PublicData): Record<ReadKind, string[]> {
  const site = data.site.slug;
  const project = data.projects[0]?.slug ?? 'none';
  return {
    page: pages(data, ''),
    'page-en': pages(data, '/en'),
    'search-short': SEARCH_TERMS.short.flatMap((t) => [searchPath(t, 'zh'), searchPath(t, 'en')]),
    'search-long': SEARCH_TERMS.long.flatMap((t) => [searchPath(t, 'zh'), searchPath(t, 'en')]),
    'open-data': [
      '/api/v1/sites',
      `/api/v1/sites/${site}`,
      ...data.projects.map((p) => `/api/v1/projects/${p.slug}`),
      '/api/v1/projects.csv',
      '/api/v1/openapi.json',
      '/feed.xml',
      '/calendar.ics',
      '/sitemap.xml',
      '/robots.txt',
    ],
    'not-found': [
      '/sites/no-such-site',
      `/sites/${site}/buildings/no-such-building`,
      '/en/projects/no-such-project',
      `/projects/${project}/inspections/999999999`,
      '/api/v1/projects/no-such-project',
      '/api/v1/sites/no-such-site',
    ],
  };
}

/** The status every answer of a read kind must have. */
export function expectedReadStatus(kind: ReadKind): number {
  return kind === 'not-found' ? 404 : 200;
}

/** Milestones staff may save notes on: of published projects, without an inspection (whose date a lock owns). */
export function noteTargets(data: PublicData): { id: number; version: number; project: string }[] {
  return data.projects.flatMap((p) =>
    p.milestones.filter((m) => m.inspection === null).map((m) => ({ id: m.id, version: m.version, project: p.slug })),
  );
}

/**
 * A save that must break a rule (422): a mid-term inspection moved to a year before its project's
 * construction start. Null when the data has no such pair.
 */
export function ruleBreakingSave(data: PublicData): { id: number; version: number; actual: string } | null {
  for (const p of data.projects) {
    const start = p.milestones.find((m) => m.kind === 'construction_start' && m.actual);
    // A signed inspection owns its milestone's date (409); a historical one leaves it to the rules.
    const midterm = p.milestones.find((m) => m.kind === 'midterm_inspection' && !(m.inspection?.locked && !m.inspection.historical));
    if (start?.actual && midterm)
      return { id: midterm.id, version: midterm.version, actual: `${Number(start.actual.slice(0, 4)) - 1}-01-01` };
  }
  return null;
}

async function getJson(baseUrl: string, path: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(60_000) });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status} while finding the workload's targets`);
  return response.json();
}

/** The seeded site (the first one listed) and its published projects, from the open-data API. */
export async function discover(baseUrl: string): Promise<PublicData> {
  const sites = (await getJson(baseUrl, '/api/v1/sites')) as { items: { slug: string }[] };
  const first = sites.items[0];
  if (!first) throw new Error('the database has no site to read');
  const site = (await getJson(baseUrl, `/api/v1/sites/${first.slug}`)) as PublicData['site'] & { projects: { slug: string }[] };
  const projects = await Promise.all(site.projects.map(async (p) => (await getJson(baseUrl, `/api/v1/projects/${p.slug}`)) as ProjectData));
  return { site: { slug: site.slug, buildings: site.buildings }, projects };
}
