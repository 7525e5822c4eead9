/**
 * The hot reads and writes, run against a real seeded database: every statement they send is
 * recorded, then explained. A full table scan fails the test (an index is missing or unusable), and
 * a page's read model must send the same, bounded number of statements whatever the record's size
 * (no N+1). Only Next's cache bookkeeping (cacheLife, cacheTag, revalidateTag) is replaced: it
 * has no meaning outside a Next render, and what is under test here is the SQL.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverDatabase } from '@/test/server-database';

vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {}, revalidateTag: () => {} }));

const database = serverDatabase('plans');

const { getDb } = await import('@/db/client');
const { getProject } = await import('./projects');
const { getSite } = await import('./sites');
const { getBuilding } = await import('./buildings');
const { getOpinion } = await import('./opinions');
const { getHome } = await import('./home');
const { getProjectTimeline } = await import('./timeline');
const { recordExists } = await import('./record-exists');
const { searchRecords } = await import('./search');
const { updateMilestone } = await import('./services/milestones');
const schema = await import('@/db/schema');

/** The better-sqlite3 connection under the server's Drizzle instance. */
const connection = () => database.raw(getDb());

interface Sent {
  sql: string;
  params: unknown[];
}

/** Where the connection's statements are being written down, while a test records. */
let current: Sent[] | null = null;

/**
 * Wraps the connection's prepare() once, so every statement, prepared now or reused later (the
 * proxy's lookups are prepared once per connection), reports each run to the recording under way.
 */
function watchStatements() {
  const sqlite = connection();
  const prepare = sqlite.prepare.bind(sqlite);
  const watched = new WeakSet<object>();
  vi.spyOn(sqlite, 'prepare').mockImplementation((source: string) => {
    const statement = prepare(source);
    // Compiled statements are reused (db/statement-cache.ts): each is wrapped once.
    if (watched.has(statement)) return statement;
    watched.add(statement);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = (statement[method] as (...a: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        current?.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  });
}

/** Every statement the connection runs while `work` does, with its parameters. */
async function recording(work: () => unknown): Promise<Sent[]> {
  const sent: Sent[] = [];
  current = sent;
  try {
    await work();
  } finally {
    current = null;
  }
  return sent;
}

/**
 * Plan lines that read a whole table. "SCAN t USING INDEX" walks an index in order and a virtual
 * table (FTS5) plans its own search; both are fine. So is a scan of a subquery's own rows (the plan
 * names it in a CO-ROUTINE or MATERIALIZE line first) or of a VALUES list.
 */
function fullScans(sent: Sent): string[] {
  if (!/^\s*(select|with|update|delete|insert)/i.test(sent.sql)) return [];
  const plan = connection()
    .prepare(`explain query plan ${sent.sql}`)
    .all(...(sent.params as unknown[])) as { detail: string }[];
  const details = plan.map((row) => row.detail);
  const subqueries = new Set(details.flatMap((d) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(d)?.[1] ?? []));
  return details.filter(
    (d) =>
      /^SCAN /.test(d) &&
      !/USING (COVERING )?INDEX|VIRTUAL TABLE|^SCAN (\(subquery|CONSTANT ROW|\d+-ROW VALUES CLAUSE)/.test(d) &&
      !subqueries.has(d.split(' ')[1] ?? ''),
  );
}

function expectNoFullScans(sent: Sent[]) {
  const problems = sent.flatMap((s) => fullScans(s).map((detail) => `${detail}\n    in: ${s.sql.slice(0, 300)}`));
  expect(problems, problems.join('\n')).toEqual([]);
}

const OFFICE = 'ersha-office-building-restoration';
const SITE = 'zhengzhou-no2-grinding-wheel-factory';

beforeAll(() => {
  getDb(); // migrated, seeded with the 二砂 case, search index built
  watchStatements();
});
afterAll(() => database.remove(getDb()));

describe('public read models use an index for every table they read', () => {
  it.each([
    ['project page', () => getProject(OFFICE)],
    ['site page', () => getSite(SITE)],
    ['building page', () => getBuilding(SITE, 'office-building')],
    ['home page', () => getHome()],
    ['timeline', () => getProjectTimeline()],
    ['proxy: a project', () => recordExists({ project: OFFICE })],
    ['proxy: a building', () => recordExists({ site: SITE, building: 'office-building' })],
    ['proxy: a site', () => recordExists({ site: SITE })],
    ['proxy: an opinion', () => recordExists({ project: OFFICE, inspection: '1' })],
  ])('%s', async (_name, read) => {
    const sent = await recording(read);
    expect(sent.length).toBeGreaterThan(0);
    expectNoFullScans(sent);
  });

  it('the printable opinion', async () => {
    const inspection = getDb().select({ id: schema.inspections.id }).from(schema.inspections).limit(1).get();
    expectNoFullScans(await recording(() => getOpinion(OFFICE, inspection?.id ?? 0)));
  });

  it.each([
    ['a long Chinese term', '砂轮厂'],
    ['a long English term', 'grinding'],
    ['two terms, with a filter', '办公 验收'],
    ['a two-character term', '车间'],
    ['a one-character term', '砂'],
  ])('search: %s', async (_name, q) => {
    const sent = await recording(() => searchRecords(getDb(), { q, limit: 20, offset: 0 }));
    expectNoFullScans(sent);
  });
});

/**
 * A copy of one of the project's decided verdicts, on a new mid-term inspection: one more milestone,
 * inspection, criteria, findings, panel and items for the page to show. Children go in before the
 * lock, as the lock triggers require.
 */
function addDecidedInspection(projectSlug: string) {
  const sqlite = connection();
  const project = sqlite.prepare('select id from projects where slug = ?').get(projectSlug) as { id: number };
  const source = sqlite
    .prepare(
      `select i.id from inspections i join milestones m on m.id = i.milestone_id
       where m.project_id = ? and i.locked_at is not null order by i.id limit 1`,
    )
    .get(project.id) as { id: number };
  const columns = (table: string, skip: string[]) =>
    (sqlite.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name).filter((c) => !skip.includes(c));
  sqlite.transaction(() => {
    const sequence = (
      sqlite
        .prepare("select coalesce(max(sequence), 0) + 1 as n from milestones where project_id = ? and kind = 'midterm_inspection'")
        .get(project.id) as { n: number }
    ).n;
    const milestone = sqlite
      .prepare(
        "insert into milestones (project_id, kind, sequence, planned, actual) values (?, 'midterm_inspection', ?, '2019-06', '2019-06-01')",
      )
      .run(project.id, sequence).lastInsertRowid;
    const inspectionColumns = columns('inspections', ['id', 'milestone_id', 'locked_at']);
    const inspection = sqlite
      .prepare(`insert into inspections (milestone_id, ${inspectionColumns}) select ?, ${inspectionColumns} from inspections where id = ?`)
      .run(milestone, source.id).lastInsertRowid;
    for (const table of ['inspection_criteria', 'inspection_findings', 'inspection_attendees', 'rectification_items']) {
      const rest = columns(table, ['id', 'inspection_id']);
      sqlite
        .prepare(`insert into ${table} (inspection_id, ${rest}) select ?, ${rest} from ${table} where inspection_id = ?`)
        .run(inspection, source.id);
    }
    sqlite
      .prepare('update inspections set locked_at = (select locked_at from inspections where id = ?) where id = ?')
      .run(source.id, inspection);
  })();
}

describe('a page reads in a bounded number of statements, whatever the record holds (no N+1)', () => {
  it('a project with one more verdict takes no more statements', async () => {
    const before = await recording(() => getProject(OFFICE));
    addDecidedInspection(OFFICE);
    let grown: Awaited<ReturnType<typeof getProject>> = null;
    const after = await recording(async () => {
      grown = await getProject(OFFICE);
    });
    const verdicts = (p: typeof grown) => p?.milestones.filter((m) => m.inspection?.decided).length ?? 0;
    expect(verdicts(grown)).toBe(4); // the page does show the added verdict
    expect(after.length).toBe(before.length);
    expect(after.length).toBeLessThanOrEqual(40);
  });

  it('a site page does not read per building or per project', async () => {
    const sent = await recording(() => getSite(SITE));
    const buildings = getDb().select().from(schema.buildings).all().length;
    expect(buildings).toBeGreaterThanOrEqual(7);
    expect(sent.length).toBeLessThanOrEqual(30);
  });
});

describe('the milestone save', () => {
  it('uses an index for every statement of its transaction', async () => {
    const db = getDb();
    db.insert(schema.user).values({ id: 'plan-staff', name: '计划', email: 'plan@example.org', role: 'staff' }).run();
    const actor = { id: 'plan-staff', name: '计划', email: 'plan@example.org', role: 'staff' } as const;
    const m = db.select().from(schema.milestones).limit(1).get();
    if (!m) throw new Error('the seed has milestones');
    const sent = await recording(() => updateMilestone(actor, m.id, { note: '计划核对', version: m.version }, 'plans'));
    expect(sent.some((s) => /^update/i.test(s.sql))).toBe(true);
    expectNoFullScans(sent);
  });
});
