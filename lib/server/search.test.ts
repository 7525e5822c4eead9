import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '@/db/open';
import { seedDatabase } from '@/db/seed/seed-database';
import type { SearchHitDto, SearchResultDto } from '@/lib/api/dto';
import { type SearchParams, searchParamsSchema } from '@/lib/api/search-schema';
import { matching, searchRecords } from './search';
import { rebuildSearchIndex } from './search-index';
import { parseQuery } from './search-text';

/** The search over the seeded 二砂 case, on a real database with the real migrations and index. */
let dir: string;
let db: Db;
let sqlite: ReturnType<typeof openDatabase>['sqlite'];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-search-'));
  ({ db, sqlite } = openDatabase(path.join(dir, 'heritage.db')));
  seedDatabase(db);
  rebuildSearchIndex(db);
});
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const params = (q: string, more: Record<string, string> = {}): SearchParams => searchParamsSchema.parse({ q, limit: '50', ...more });
const search = (q: string, more: Record<string, string> = {}): SearchResultDto => searchRecords(db, params(q, more));
const titles = (r: SearchResultDto) => r.items.map((i) => i.title);
const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));
const ofType = (r: SearchResultDto, type: SearchHitDto['type']) => r.items.filter((i) => i.type === type);

describe('searching the 二砂 case', () => {
  it('二砂 (two characters, which trigrams cannot match) finds the site by its alias, and highlights it', () => {
    const r = search('二砂');
    const site = ofType(r, 'site')[0];
    expect(site?.title).toBe('郑州第二砂轮厂旧址');
    expect(site?.url).toBe('/sites/zhengzhou-no2-grinding-wheel-factory');
    expect(marked(site?.snippet ?? '', site?.highlights ?? [])).toContain('二砂');
    // The office building is called 二砂办公楼, and the office project's description says 二砂厂部办公大楼.
    expect(titles(r)).toContain('厂部办公大楼');
    expect(titles(r)).toContain('郑州第二砂轮厂办公楼本体保护修缮工程');
    expect(r.total).toBe(r.items.length);
  });

  it('砂轮 finds the site and the grinding-wheel workshops, names that contain it first', () => {
    const r = search('砂轮');
    expect(titles(r).slice(0, 1)).toEqual(['郑州第二砂轮厂旧址']);
    expect(titles(r)).toEqual(expect.arrayContaining(['橡胶砂轮制造车间', '陶瓷砂轮制造车间', '砂轮成品库及发送间']));
    const workshop = r.items.find((i) => i.title === '橡胶砂轮制造车间');
    expect(marked(workshop?.title ?? '', workshop?.titleHighlights ?? [])).toEqual(['砂轮']);
    // Every hit has the term in its title or its snippet.
    for (const hit of r.items)
      expect([...marked(hit.title, hit.titleHighlights), ...marked(hit.snippet, hit.highlights)]).toContain('砂轮');
  });

  it('办公大楼 (four characters) goes through the trigram index and ranks the building named so first', () => {
    const r = search('办公大楼');
    expect(r.items[0]?.title).toBe('厂部办公大楼');
    expect(r.items[0]?.type).toBe('building');
    expect(marked(r.items[0]?.title ?? '', r.items[0]?.titleHighlights ?? [])).toEqual(['办公大楼']);
    expect(titles(r)).toContain('郑州第二砂轮厂办公楼本体保护修缮工程');
    expect(titles(r)).not.toContain('橡胶砂轮制造车间');
  });

  it('车间 finds exactly the three workshops among buildings', () => {
    const r = search('车间', { type: 'building' });
    expect(titles(r).sort()).toEqual(['橡胶砂轮制造车间', '耐火物料及结合剂加工车间', '陶瓷砂轮制造车间'].sort());
    expect(r.total).toBe(3);
  });

  it('验收 finds the decided verdicts, each leading to its printable opinion', () => {
    const r = search('验收', { type: 'finding' });
    expect(titles(r).sort()).toEqual(['初步验收：合格（2020年12月9日）', '终期验收：合格（2022年5月18日）']);
    for (const hit of r.items) {
      expect(hit.url).toMatch(/^\/projects\/ersha-office-building-restoration\/inspections\/\d+$/);
      expect(hit.context).toBe('郑州第二砂轮厂办公楼本体保护修缮工程');
    }
    // The mid-term inspection's words never say 验收.
    expect(titles(r).some((t) => t.startsWith('中期检查'))).toBe(false);
  });

  it('an English word finds English text: a Chinese reader sees the Chinese title and the English snippet that matched', () => {
    const r = search('grinding');
    const site = ofType(r, 'site')[0];
    expect(site?.title).toBe('郑州第二砂轮厂旧址');
    expect(site?.snippetLang).toBe('en');
    expect(marked(site?.snippet ?? '', site?.highlights ?? []).map((s) => s.toLowerCase())).toContain('grinding');
    expect(titles(r)).toContain('橡胶砂轮制造车间');
  });

  it('an English reader gets English titles, snippets and /en links, Chinese where a record has no English', () => {
    const r = search('GRINDING', { lang: 'en' });
    const site = ofType(r, 'site')[0];
    expect(site?.title).toBe('Former Zhengzhou No.2 Grinding Wheel Factory');
    expect(site?.titleLang).toBe('en');
    expect(marked(site?.title ?? '', site?.titleHighlights ?? [])).toEqual(['Grinding']);
    expect(site?.url).toBe('/en/sites/zhengzhou-no2-grinding-wheel-factory');
    const zhOnly = search('二砂', { lang: 'en' }).items.find((i) => i.type === 'site');
    expect(zhOnly?.snippetLang).toBe('en'); // the English aliases list holds 二砂 too
  });

  it('several terms must all match, each by its own rule', () => {
    const both = search('二砂 办公楼');
    expect(titles(both)).toContain('厂部办公大楼');
    expect(titles(both)).not.toContain('郑州第二砂轮厂旧址');
    expect(search('车间 办公大楼').items).toEqual([]);
    const hit = both.items.find((i) => i.title === '厂部办公大楼');
    expect(marked(hit?.snippet ?? '', hit?.highlights ?? [])).toEqual(['办公楼', '二砂', '办公楼']);
  });
});

describe('filters', () => {
  it('level: the site is national now (its 2016 provincial listing was superseded)', () => {
    expect(search('砂轮', { level: 'national' }).total).toBe(search('砂轮').total);
    expect(search('砂轮', { level: 'provincial' }).items).toEqual([]);
  });

  it('status and category come from the projects: only the accepted repair project and what belongs to it', () => {
    const accepted = search('二砂', { status: 'accepted' });
    expect(accepted.items.length).toBeGreaterThan(0);
    for (const hit of accepted.items) expect(hit.slug).toBe('ersha-office-building-restoration');
    expect(
      search('项目', { status: 'initiating', type: 'project' })
        .items.map((i) => i.slug)
        .sort(),
    ).toEqual(['ersha-four-buildings-initiation', 'ersha-rubber-workshop-and-warehouse-restoration']);
    expect(search('项目', { status: 'accepted', type: 'project' }).items).toEqual([]);
    expect(search('项目', { category: 'repair', type: 'project' }).items.map((i) => i.slug)).toEqual([
      'ersha-rubber-workshop-and-warehouse-restoration',
    ]);
  });

  it('type: only milestone notes, told apart by the project they belong to', () => {
    const r = search('2022', { type: 'milestone' });
    expect(titles(r)).toEqual(['立项申报', '立项申报']);
    expect(r.items.map((i) => i.context).sort()).toEqual([
      '橡胶砂轮制造车间、砂轮成品库及发送间保护修缮项目',
      '陶瓷砂轮制造车间等4栋文物建筑保护项目立项',
    ]);
  });

  it("a project's name is shown with its parts but does not make them match", () => {
    expect(search('本体保护修缮工程', { type: 'finding' }).items).toEqual([]);
    expect(search('本体保护修缮工程', { type: 'project' }).total).toBe(1);
  });

  it('invalid values are refused by the schema, naming the field', () => {
    const bad = searchParamsSchema.safeParse({ q: 'x', type: 'person', level: 'world', limit: '5000' });
    expect(bad.success).toBe(false);
    const fields = (bad.error?.issues ?? []).map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['type', 'level', 'limit']));
    expect(bad.error?.issues.find((i) => i.path[0] === 'type')?.message).toMatch(/^类型（type）：应为 site、/);
  });

  it('pages do not overlap and add up to the total', () => {
    const all = search('砂');
    const first = searchRecords(db, searchParamsSchema.parse({ q: '砂', limit: '3' }));
    const second = searchRecords(db, searchParamsSchema.parse({ q: '砂', limit: '3', offset: '3' }));
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((i) => i.url)).toEqual(all.items.slice(0, 6).map((i) => i.url));
  });
});

describe('any query text', () => {
  const hostile = [
    '"NEAR( OR * ^-- \'; DROP',
    '"',
    '""""',
    'NEAR(a b)',
    'a OR b',
    '-砂轮',
    '^二砂',
    '(砂轮',
    'title_zh:砂轮',
    '砂轮*',
    '\u0000砂轮\u0000',
    '\u0007\u001b[31m',
    '😀😀😀',
    '\uD800砂轮\uDFFF',
    'a'.repeat(10_000),
    '砂'.repeat(10_000),
  ];
  for (const q of hostile) {
    it(`gives results or nothing, never an error: ${JSON.stringify(q.slice(0, 24))}`, () => {
      expect(() => search(q)).not.toThrow();
    });
  }

  it('finds the words inside quotes and control characters as words', () => {
    expect(titles(search('"砂轮厂"'))).toContain('郑州第二砂轮厂旧址');
    expect(titles(search('\u0000砂轮厂'))).toContain('郑州第二砂轮厂旧址');
    expect(search('砂轮*').items).toEqual([]); // * is a character here, not a prefix operator
  });

  it('cuts a long query to 100 characters and says so', () => {
    const r = search(`砂轮 ${'x'.repeat(10_000)}`);
    expect(r.truncated).toBe(true);
    expect(Array.from(r.query).length).toBeLessThanOrEqual(100);
    expect(search('砂轮').truncated).toBe(false);
  });

  it('an empty or blank query is an empty list', () => {
    for (const q of ['', '   ', '\u3000', '\u0000']) expect(search(q)).toMatchObject({ items: [], total: 0 });
  });

  it('property: any string gives no error, and only records of the index, with ranges inside their text', () => {
    const indexed = new Set(db.all<{ path: string }>(sql`select path from search_documents`).map((r) => r.path.replace(/^\/en(?=\/)/, '')));
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      // Lone surrogates and controls, which well-formed strings never hold.
      fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((codes) => String.fromCharCode(...codes)),
      fc
        .array(
          fc.constantFrom('砂轮', '二砂', '"', '*', 'NEAR(', 'OR', 'AND', '-', '^', '(', ')', ' ', '车间', 'grinding', ':', '\u0000'),
          {
            maxLength: 8,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (q, lang) => {
        const r = searchRecords(db, searchParamsSchema.parse({ q, lang }));
        expect(r.items.length).toBeLessThanOrEqual(r.limit);
        expect(r.total).toBeGreaterThanOrEqual(r.items.length);
        for (const hit of r.items) {
          expect(indexed.has(hit.url.replace(/^\/en(?=\/)/, ''))).toBe(true);
          for (const [s, e] of hit.highlights) expect(0 <= s && s < e && e <= hit.snippet.length).toBe(true);
          for (const [s, e] of hit.titleHighlights) expect(0 <= s && s < e && e <= hit.title.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the query plan', () => {
  it('three or more characters search through the FTS5 index, not a scan of the rows', () => {
    const { select } = matching(params('办公大楼'), parseQuery('办公大楼'));
    const plan = db.all<{ detail: string }>(sql`explain query plan ${select}`).map((r) => r.detail);
    expect(plan.some((d) => /VIRTUAL TABLE INDEX \d+:M/.test(d))).toBe(true);
    expect(plan.some((d) => /SCAN d\b/.test(d))).toBe(false);
  });
});
