import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchDataError, type BenchDataSummary, writeBenchData } from '@/bench/data/generate';
import { CATEGORY_WEIGHTS, LEVEL_WEIGHTS } from '@/bench/data/proportions';
import { type Db, openDatabase } from '@/db/open';
import * as schema from '@/db/schema';
import { seedDatabase } from '@/db/seed/seed-database';
import { searchParamsSchema } from '@/lib/api/search-schema';
import { checkApproval, type Designation } from '@/lib/domain/approvals';
import type { AdminLevel } from '@/lib/domain/codes';
import { checkMilestones } from '@/lib/domain/milestones';
import { siteLevels } from '@/lib/server/designations';
import { hashVerdict, verdictContentOf } from '@/lib/server/inspection-review';
import { loadMilestones, toMilestoneFacts } from '@/lib/server/milestone-records';
import { searchRecords } from '@/lib/server/search';

/**
 * A small national database (200 sites) written twice: the same rows both times, valid under the
 * domain rules, in the intended proportions, and whole (integrity, foreign keys, search).
 */
const SITES = 200;
let dir: string;
let first: { summary: BenchDataSummary; file: string };
let second: { summary: BenchDataSummary; file: string };
let sqlite: Database.Database;
let db: Db;
/** The largest id the 二砂 seed takes in each table: its rows carry the time they were written, ours do not. */
let seedMax: Record<string, number>;

const HASHED = [
  'organisations',
  'sites',
  'designations',
  'buildings',
  'projects',
  'approvals',
  'milestones',
  'inspections',
  'rectification_items',
  'signatures',
];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-bench-data-'));
  const write = (name: string) => {
    const file = path.join(dir, name);
    return { summary: writeBenchData({ file, sites: SITES, seed: 'test' }), file };
  };
  first = write('a.db');
  second = write('b.db');
  const seedOnly = openDatabase(path.join(dir, 'seed.db'));
  seedDatabase(seedOnly.db);
  seedMax = Object.fromEntries(
    HASHED.map((t) => [t, seedOnly.sqlite.prepare(`select coalesce(max(id), 0) from "${t}"`).pluck().get() as number]),
  );
  seedOnly.sqlite.close();
  sqlite = new Database(first.file, { readonly: true });
  db = drizzle({ client: sqlite, schema });
}, 60_000);

afterAll(() => {
  sqlite?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const one = <T>(query: string, ...args: unknown[]) =>
  sqlite
    .prepare(query)
    .pluck()
    .get(...args) as T;

function contentHash(file: string, table: string): string {
  const handle = new Database(file, { readonly: true });
  const hash = createHash('sha256');
  for (const row of handle
    .prepare(`select * from "${table}" where id > ? order by id`)
    .raw()
    .iterate(seedMax[table] ?? 0)) {
    hash.update(JSON.stringify(row));
  }
  handle.close();
  return hash.digest('hex');
}

describe('npm run bench:data', () => {
  it('writes the same rows for the same arguments', () => {
    for (const table of HASHED) expect(contentHash(second.file, table), table).toBe(contentHash(first.file, table));
    expect(second.summary.counts).toEqual(first.summary.counts);
  });

  it('writes the records in the intended ratios, beside the 二砂 case', () => {
    const c = first.summary.counts;
    expect(c.sites).toBe(SITES + 1);
    expect(c.projects).toBe(SITES * 2 + 3);
    expect(c.buildings / c.sites).toBeGreaterThan(4);
    expect(c.buildings / c.sites).toBeLessThan(6);
    expect(c.milestones / c.projects).toBeGreaterThan(6.5);
    expect(c.milestones / c.projects).toBeLessThan(9);
    expect(c.inspections / c.projects).toBeGreaterThan(1);
    expect(c.rectification_items).toBeGreaterThan(0);
    expect(c.search_documents).toBeGreaterThan(c.sites + c.buildings);
    expect(one<number>("select count(*) from sites where slug = 'zhengzhou-no2-grinding-wheel-factory'")).toBe(1);
    // Most projects published, some sites with none, a mix of stages, items open and closed.
    const published = one<number>('select avg(published) from projects');
    expect(published).toBeGreaterThan(0.75);
    expect(published).toBeLessThan(0.97);
    expect(one<number>('select count(*) from sites s where not exists (select 1 from projects p where p.site_id = s.id)')).toBeGreaterThan(
      10,
    );
    const statuses = sqlite.prepare('select status, count(*) from rectification_items group by status').raw().all() as [string, number][];
    expect(statuses.map(([s]) => s).sort()).toEqual(['closed', 'open', 'submitted']);
  });

  it('gives every project milestones that break none of the rules (warnings allowed)', () => {
    const projects = sqlite.prepare('select id, category from projects').all() as { id: number; category: string | null }[];
    const milestonesOf = loadMilestones(
      db,
      projects.map((p) => p.id),
    );
    const errors = projects.flatMap((p) =>
      checkMilestones({
        category: (p.category ?? 'other') as Parameters<typeof checkMilestones>[0]['category'],
        milestones: toMilestoneFacts(milestonesOf.get(p.id) ?? []),
      })
        .filter((f) => f.severity === 'error')
        .map((f) => `project ${p.id}: ${f.rule}`),
    );
    expect(errors).toEqual([]);
    // Partial dates as records give them: days, months and years.
    const precisions = sqlite.prepare('select distinct length(actual) from milestones where actual is not null order by 1').pluck().all();
    expect(precisions).toEqual([4, 7, 10]);
  });

  it("has each project and plan approved by the authority the site's level on that date calls for (rule 6)", () => {
    const histories = new Map<number, Designation[]>();
    for (const d of sqlite.prepare('select site_id as siteId, level, date from designations').all() as (Designation & {
      siteId: number;
    })[]) {
      histories.set(d.siteId, [...(histories.get(d.siteId) ?? []), d]);
    }
    const approvals = sqlite
      .prepare(
        "select a.id, a.site_id as siteId, a.subject, a.date, o.admin_level as level from approvals a join organisations o on o.id = a.authority_id where a.subject in ('project', 'plan')",
      )
      .all() as { id: number; siteId: number; subject: 'project' | 'plan'; date: string; level: AdminLevel }[];
    expect(approvals.length).toBeGreaterThan(SITES);
    const warned = approvals.filter(
      (a) =>
        checkApproval({ subject: a.subject, date: a.date, authorityLevel: a.level, designations: histories.get(a.siteId) ?? [] }).length,
    );
    expect(warned.map((a) => a.id)).toEqual([]);
  });

  it('locks every generated inspection signed by its whole panel over the verdict as recorded', () => {
    const rows = db.select().from(schema.inspections).all();
    const generated = rows.filter((i) => !i.historical);
    expect(generated.length).toBeGreaterThan(100);
    for (const i of generated) {
      expect(i.lockedAt, `inspection ${i.id}`).not.toBeNull();
      const hashes = sqlite.prepare('select content_hash from signatures where inspection_id = ?').pluck().all(i.id) as string[];
      expect(hashes.length).toBe(one<number>('select count(*) from panel_members where inspection_id = ?', i.id));
      const content = verdictContentOf(db, i);
      expect(content && new Set([...hashes, hashVerdict(content)]).size, `inspection ${i.id}`).toBe(1);
    }
  });

  it('mixes levels and categories in about the intended proportions', () => {
    const ids = sqlite.prepare("select id from sites where slug <> 'zhengzhou-no2-grinding-wheel-factory'").pluck().all() as number[];
    const levels = siteLevels(db, ids);
    const share = <T extends string>(values: T[], wanted: readonly (readonly [T, number])[]) => {
      const total = wanted.reduce((n, [, w]) => n + w, 0);
      return wanted.map(([v, w]) => [v, values.filter((x) => x === v).length / values.length - w / total] as const);
    };
    for (const [level, off] of share(
      ids.map((id) => levels.get(id)?.level ?? 'none'),
      LEVEL_WEIGHTS,
    ))
      expect(Math.abs(off), level).toBeLessThan(0.06);
    const categories = sqlite
      .prepare("select category from sites where slug <> 'zhengzhou-no2-grinding-wheel-factory'")
      .pluck()
      .all() as string[];
    for (const [category, off] of share(categories, CATEGORY_WEIGHTS)) expect(Math.abs(off), category).toBeLessThan(0.07);
  });

  it('leaves a whole database: integrity, foreign keys, URL-safe slugs, journal back to WAL', () => {
    expect(one<string>('pragma integrity_check')).toBe('ok');
    expect(sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
    expect(one<string>('pragma journal_mode')).toBe('wal');
    for (const table of ['sites', 'projects', 'organisations', 'buildings']) {
      const bad = sqlite.prepare(`select slug from "${table}"`).pluck().all() as string[];
      expect(bad.filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) || s.length > 80)).toEqual([]);
    }
    expect(one<number>('select count(*) from sqlite_stat1')).toBeGreaterThan(10);
  });

  it('gives search real Chinese text to find', () => {
    const name = one<string>("select name_zh from sites where slug <> 'zhengzhou-no2-grinding-wheel-factory' order by id limit 1");
    const slug = one<string>('select slug from sites where name_zh = ? order by id limit 1', name);
    const found = searchRecords(db, searchParamsSchema.parse({ q: name, type: 'site', limit: '50' }));
    expect(found.items.map((i) => i.slug)).toContain(slug);
  });

  // Two processes that each start tsx: seconds on a busy machine, so more than vitest's 5 s default.
  it('refuses to overwrite a file, and bad arguments, with one line', { timeout: 30_000 }, () => {
    expect(() => writeBenchData({ file: first.file, sites: 1, seed: 'test' })).toThrow(BenchDataError);
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench-data.ts', ...args], { encoding: 'utf8' });
    const bad = run('--db', path.join(dir, 'c.db'), '--sites', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/^bench:data: --sites must be a whole number/);
    const exists = run('--db', first.file, '--sites', '1');
    expect(exists.status).toBe(2);
    expect(exists.stderr.split('\n')[0]).toMatch(/already exists; pass --force/);
  });
});
