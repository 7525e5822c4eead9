import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '@/db/open';
import { seedDatabase } from '@/db/seed/seed-database';
import type { SearchResultDto } from '@/lib/api/dto';
import { searchParamsSchema } from '@/lib/api/search-schema';
import { searchRecords } from './search';
import { ensureSearchIndex, rebuildSearchIndex, reindexForTags } from './search-index';

/** The index follows every write that names what it touched, and rebuilds itself when stale. */
let dir: string;
let db: Db;
let sqlite: ReturnType<typeof openDatabase>['sqlite'];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-search-index-'));
  ({ db, sqlite } = openDatabase(path.join(dir, 'heritage.db')));
  seedDatabase(db);
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const search = (q: string, more: Record<string, string> = {}): SearchResultDto =>
  searchRecords(db, searchParamsSchema.parse({ q, limit: '50', ...more }));
const urls = (r: SearchResultDto) => r.items.map((i) => i.url);
const one = <T>(query: string, ...args: unknown[]) =>
  sqlite
    .prepare(query)
    .pluck()
    .get(...args) as T;
/** What runWrite does at the end of a write: re-index the touched records in the write's transaction. */
const write = (tags: string[], change: () => void) =>
  db.transaction((tx) => {
    change();
    reindexForTags(tx, tags);
  });

const OFFICE = 'ersha-office-building-restoration';

describe('building the index', () => {
  it('is built on first open after the seed, and left alone when it is current', () => {
    expect(one<number>('select count(*) from search_documents')).toBe(0);
    expect(ensureSearchIndex(db)).toBe(true);
    expect(one<number>('select count(*) from search_documents')).toBeGreaterThan(10);
    expect(ensureSearchIndex(db)).toBe(false);
  });

  it('rebuilds when the index lost rows or was built from other labels', () => {
    sqlite.prepare("delete from search_documents where type = 'site'").run();
    expect(search('二砂', { type: 'site' }).items).toEqual([]);
    expect(ensureSearchIndex(db)).toBe(true);
    expect(search('二砂', { type: 'site' }).items).toHaveLength(1);
    sqlite.prepare("update search_index_state set fingerprint = 'old'").run();
    expect(ensureSearchIndex(db)).toBe(true);
  });

  it('indexes the same rows however often it is rebuilt', () => {
    const before = one<number>('select count(*) from search_documents');
    expect(rebuildSearchIndex(db).rows).toBe(before);
    // The FTS index agrees with its content table (FTS5's own consistency check raises if not).
    expect(() => sqlite.prepare("insert into search_fts (search_fts) values ('integrity-check')").run()).not.toThrow();
  });
});

describe('after a write', () => {
  it('an unpublished project and all that belongs to it leave the index; published again, they return', () => {
    const id = one<number>('select id from projects where slug = ?', OFFICE);
    expect(search('验收', { type: 'finding' }).total).toBe(2);
    write([`project:${id}`, 'projects'], () => sqlite.prepare('update projects set published = 0 where id = ?').run(id));
    expect(search('验收', { type: 'finding' }).items).toEqual([]);
    expect(urls(search('办公大楼'))).not.toContain(`/projects/${OFFICE}`);
    // A list tag alone is enough to catch a project that should (no longer) be there.
    write(['projects'], () => sqlite.prepare('update projects set published = 1 where id = ?').run(id));
    expect(search('验收', { type: 'finding' }).total).toBe(2);
    expect(urls(search('办公大楼'))).toContain(`/projects/${OFFICE}`);
  });

  it('a milestone note, a renamed building and a new site are found by their new words', () => {
    const project = one<number>('select id from projects where slug = ?', OFFICE);
    const milestone = one<number>("select id from milestones where project_id = ? and kind = 'construction_start'", project);
    write([`project:${project}`], () =>
      sqlite.prepare("update milestones set note_zh = '屋面瓦件全部揭顶检修' where id = ?").run(milestone),
    );
    expect(search('揭顶检修').items.map((i) => i.title)).toEqual(['开工（2020年7月）']);

    const building = one<number>("select id from buildings where slug = 'spare-tool-warehouse'");
    write([`building:${building}`], () => sqlite.prepare("update buildings set name_zh = '备品备件库' where id = ?").run(building));
    expect(search('备品备件').items.map((i) => i.title)).toEqual(['备品备件库']);
    expect(search('润滑油仓库', { type: 'building' }).items).toEqual([]);

    // Creating a site touches only the list tag `sites`.
    write(['sites'], () => {
      const site = sqlite
        .prepare("insert into sites (slug, name_zh, category) values ('luoyang-bearing-factory', '洛阳轴承厂旧址', 'modern_historic')")
        .run().lastInsertRowid;
      sqlite.prepare("insert into designations (site_id, level, date) values (?, 'municipal', '2021')").run(site);
    });
    expect(search('轴承厂', { level: 'municipal' }).items.map((i) => i.url)).toEqual(['/sites/luoyang-bearing-factory']);
  });

  it('a write that fails leaves the index as it was', () => {
    const building = one<number>("select id from buildings where slug = 'emery-warehouse'");
    // Re-indexed, then refused: the rollback takes the index rows with it.
    expect(() =>
      db.transaction((tx) => {
        sqlite.prepare("update buildings set name_zh = '临时名称甲乙' where id = ?").run(building);
        reindexForTags(tx, [`building:${building}`]);
        expect(searchRecords(tx, searchParamsSchema.parse({ q: '临时名称' })).total).toBe(1);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(search('临时名称').items).toEqual([]);
    expect(search('金刚砂仓库', { type: 'building' }).total).toBe(1);
  });

  it('public documents of published projects and of buildings are found by title; private ones never', () => {
    const project = one<number>('select id from projects where slug = ?', OFFICE);
    const inspection = one<number>(
      "select i.id from inspections i join milestones m on m.id = i.milestone_id where m.project_id = ? and m.kind = 'final_acceptance'",
      project,
    );
    const building = one<number>("select id from buildings where slug = 'ceramic-wheel-workshop'");
    const add = (title: string, target: string, id: number, isPublic: 0 | 1) =>
      Number(
        sqlite
          .prepare(
            `insert into documents (${target}, kind, title_zh, sha256, mime_type, size_bytes, public) values (?, 'other', ?, 'ab', 'application/pdf', 1, ?)`,
          )
          .run(id, title, isPublic).lastInsertRowid,
      );
    let opinion = 0;
    let photo = 0;
    write([`project:${project}`, `building:${building}`], () => {
      opinion = add('终期验收专家意见扫描件', 'inspection_id', inspection, 1);
      add('内部往来函件汇编', 'project_id', project, 0);
      photo = add('锯齿形屋顶航拍照片', 'building_id', building, 1);
    });
    expect(search('专家意见扫描件').items).toMatchObject([{ type: 'document', slug: OFFICE, url: `/files/${opinion}` }]);
    expect(search('专家意见扫描件', { status: 'accepted', category: 'repair', level: 'national' }).total).toBe(1);
    expect(search('往来函件').items).toEqual([]);
    expect(search('航拍照片').items).toMatchObject([{ type: 'document', slug: 'ceramic-wheel-workshop', url: `/files/${photo}` }]);
    // A project's documents go with it when it is unpublished.
    write([`project:${project}`], () => sqlite.prepare('update projects set published = 0 where id = ?').run(project));
    expect(search('专家意见扫描件').items).toEqual([]);
    expect(search('航拍照片').total).toBe(1);
  });
});
