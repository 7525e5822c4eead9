/**
 * Writes the national-scale benchmark database: the real schema and migrations (openDatabase), the
 * 二砂 case (seedDatabase), then the generated records in bulk, the search index, and statistics
 * for the query planner. Same options, same rows: every value comes from seeded generators.
 */
import fs from 'node:fs';
import { type OpenDatabase, openDatabase } from '../../db/open';
import { seedDatabase } from '../../db/seed/seed-database';
import { rebuildSearchIndex } from '../../lib/server/search-index';
import { writeBuildings } from './buildings';
import { AS_OF, AS_OF_DAY, beijingMs } from './dates';
import { writeOrganisations } from './organisations';
import { createRng } from './prng';
import { allocateProjects, writeSiteProjects } from './projects';
import { writeSites } from './sites';
import { nextIds, prepareStatements } from './statements';

export interface BenchDataOptions {
  file: string;
  sites: number;
  seed: string;
  /** Replace an existing file; without it an existing file is refused. */
  force?: boolean;
  /** A phase finished: its name, wall-clock and CPU seconds (on a shared machine they differ), and what it wrote. */
  onPhase?: (phase: string, seconds: number, cpuSeconds: number, detail: string) => void;
  /** Progress within a long phase. */
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface BenchDataSummary {
  counts: Record<CountedTable, number>;
  phases: { phase: string; seconds: number; cpuSeconds: number }[];
  bytes: number;
  seconds: number;
}

/** The tables reported in the summary, in the order the data flows. */
export const COUNTED_TABLES = [
  'organisations',
  'user',
  'sites',
  'designations',
  'buildings',
  'projects',
  'project_buildings',
  'project_participants',
  'approvals',
  'approval_buildings',
  'milestones',
  'inspections',
  'inspection_attendees',
  'panel_members',
  'inspection_criteria',
  'assessments',
  'inspection_findings',
  'rectification_items',
  'signatures',
  'search_documents',
  'audit_events',
] as const;

export type CountedTable = (typeof COUNTED_TABLES)[number];

/** Projects per site on average; buildings per site follow from the categories' ranges (≈5). */
export const PROJECTS_PER_SITE = 2;
/** Sites written between progress reports and commits of the projects phase. */
const SLICE = 1000;

export class BenchDataError extends Error {}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

export function writeBenchData(options: BenchDataOptions): BenchDataSummary {
  const { file, sites: siteCount, seed } = options;
  if (!Number.isInteger(siteCount) || siteCount < 1)
    throw new BenchDataError(`--sites must be a whole number of at least 1, got ${siteCount}`);
  if (fs.existsSync(file)) {
    if (!options.force) throw new BenchDataError(`${file} already exists; pass --force to replace it`);
    removeDatabase(file);
  }

  const started = performance.now();
  const phases: BenchDataSummary['phases'] = [];
  let mark = started;
  let cpuMark = process.cpuUsage();
  const phase = (name: string, detail: string) => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuMark);
    const seconds = (now - mark) / 1000;
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    mark = now;
    cpuMark = process.cpuUsage();
    phases.push({ phase: name, seconds, cpuSeconds });
    options.onPhase?.(name, seconds, cpuSeconds, detail);
  };

  const opened: OpenDatabase = openDatabase(file);
  const { db, sqlite } = opened;
  try {
    const seeded = seedDatabase(db);
    phase('schema, migrations and the 二砂 case', `${seeded.records} records`);

    // A bulk load into a new file: nothing to protect until it is finished, so no journal and no
    // syncs while it runs (a crash leaves a file to delete, not data to recover), and a large
    // page cache. WAL and NORMAL syncs, which the app expects, are put back at the end.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    sqlite.pragma('temp_store = MEMORY');

    const st = prepareStatements(sqlite);
    const ids = nextIds(sqlite);
    const slugsOf = (table: string) => new Set((sqlite.prepare(`select slug from ${table}`).pluck().all() as string[]) ?? []);
    const siteSlugs = slugsOf('sites');
    const projectSlugs = slugsOf('projects');

    const registry = sqlite.transaction(() => writeOrganisations(sqlite, st, ids, createRng(seed, 'organisations'), siteCount))();
    phase('organisations and accounts', `${registry.organisations} organisations, ${registry.users} accounts`);

    const sites = sqlite.transaction(() => writeSites(st, ids, createRng(seed, 'sites'), registry, siteCount, siteSlugs))();
    phase('sites and designations', `${sites.length} sites`);

    const buildings = sqlite.transaction(() => writeBuildings(st, ids, createRng(seed, 'buildings'), sites))();
    phase('buildings', `${buildings.reduce((n, b) => n + b.length, 0)} buildings`);

    const perSite = allocateProjects(createRng(seed, 'allocation'), sites, siteCount * PROJECTS_PER_SITE);
    const context = { st, ids, rng: createRng(seed, 'projects'), reg: registry, taken: projectSlugs };
    const writeSlice = sqlite.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) writeSiteProjects(context, sites[i] as (typeof sites)[number], buildings[i] ?? [], perSite[i] ?? 0);
    });
    for (let from = 0; from < sites.length; from += SLICE) {
      writeSlice(from, Math.min(from + SLICE, sites.length));
      options.onProgress?.('projects', Math.min(from + SLICE, sites.length), sites.length);
    }
    phase('projects, approvals, milestones and inspections', `${siteCount * PROJECTS_PER_SITE} projects`);

    const index = rebuildSearchIndex(db);
    phase('search index', `${index.rows} rows`);

    // One audit event says what the loader wrote; the generated records carry no history of their own
    // (a per-record event would double the load for a trail nobody made).
    st.audit.run(
      beijingMs(AS_OF_DAY, 23),
      'bench-data',
      'bulk-load',
      'database',
      'bench-data',
      JSON.stringify({ seed, sites: siteCount, asOf: AS_OF, counts: countRows(sqlite) }),
    );

    sqlite.exec('ANALYZE');
    sqlite.pragma('optimize');
    phase('statistics (ANALYZE, optimize)', '');

    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Rows went in in id order and nothing was deleted, so there is little to reclaim; vacuum only if there is.
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    const free = sqlite.pragma('freelist_count', { simple: true }) as number;
    if (free > pages * 0.05) {
      sqlite.exec('VACUUM');
      phase('vacuum', `${free} free pages of ${pages}`);
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');

    const counts = countRows(sqlite);
    sqlite.close();
    return { counts, phases, bytes: fs.statSync(file).size, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    // Without a journal a failed load leaves no consistent file: remove it, so a new run is not refused.
    if (sqlite.open) sqlite.close();
    removeDatabase(file);
    throw error;
  }
}

function countRows(sqlite: OpenDatabase['sqlite']): Record<CountedTable, number> {
  return Object.fromEntries(
    COUNTED_TABLES.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]),
  ) as Record<CountedTable, number>;
}
