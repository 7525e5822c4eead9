import 'server-only';
import { createHash } from 'node:crypto';
import { and, count, eq, inArray, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import type { Db } from '@/db/open';
import { buildings, projects, searchDocuments, searchIndexState, sites } from '@/db/schema';
import { ACCEPTANCE_CRITERIA, MILESTONE_KINDS, VERDICTS } from '@/lib/domain/codes';
import { buildingRows, documentRows, labels, projectRows, type SearchRow, siteRows } from './search-index-rows';

/**
 * Keeping the search index (search_documents, and the FTS5 index its triggers maintain) equal to
 * what the public pages show. Writes re-index what they touched inside their own transaction
 * (runWrite calls reindexForTags); a whole rebuild serves the seed, bulk loaders and a stale index.
 */

/** Changes when what goes into a row changes (its shape, or a label written into it): a start then rebuilds. */
const INDEX_FORMAT = 2; // 2: aliases for the names index

function fingerprint(): string {
  const words = (locale: 'zh' | 'en') => {
    const l = labels(locale);
    return [...MILESTONE_KINDS.map((kind) => l.milestone({ kind })), ...VERDICTS.map(l.verdict), ...ACCEPTANCE_CRITERIA.map(l.criterion)];
  };
  return createHash('sha256')
    .update(JSON.stringify([INDEX_FORMAT, words('zh'), words('en')]))
    .digest('hex')
    .slice(0, 16);
}

/** Inserts in batches that stay well under SQLite's limit of bound variables. */
function insertRows(tx: Tx, rows: SearchRow[]): void {
  for (let i = 0; i < rows.length; i += 200)
    tx.insert(searchDocuments)
      .values(rows.slice(i, i + 200))
      .run();
}

type IndexedRow = typeof searchDocuments.$inferSelect;
const rowKey = (r: Pick<SearchRow, 'type' | 'recordId'>) => `${r.type}:${r.recordId}`;

/** Whether an indexed row already says what the freshly built one says (its id, and columns it leaves to their default, aside). */
function sameRow(indexed: IndexedRow, fresh: SearchRow): boolean {
  return (Object.keys(fresh) as (keyof SearchRow)[]).every((k) => k === 'id' || fresh[k] === undefined || indexed[k] === fresh[k]);
}

/**
 * Makes the index rows in `scope` exactly `rows`, writing only the difference: a save changes one
 * or two of a project's rows, and every row written is re-tokenized by the full-text indexes'
 * triggers, so rewriting them all would cost a save most of its time.
 */
function replaceRows(tx: Tx, scope: SQL, rows: SearchRow[]): void {
  const indexed = new Map(
    tx
      .select()
      .from(searchDocuments)
      .where(scope)
      .all()
      .map((r) => [rowKey(r), r]),
  );
  const added: SearchRow[] = [];
  for (const row of rows) {
    const old = indexed.get(rowKey(row));
    indexed.delete(rowKey(row));
    if (!old) added.push(row);
    else if (!sameRow(old, row)) tx.update(searchDocuments).set(row).where(eq(searchDocuments.id, old.id)).run();
  }
  const gone = [...indexed.values()].map((r) => r.id);
  if (gone.length) tx.delete(searchDocuments).where(inArray(searchDocuments.id, gone)).run();
  insertRows(tx, added);
}

function reindexSites(tx: Tx, ids: number[]): void {
  if (!ids.length) return;
  replaceRows(tx, and(eq(searchDocuments.type, 'site'), inArray(searchDocuments.recordId, ids)) as SQL, siteRows(tx, ids));
}

/** A building and the documents that belong to it alone. */
function reindexBuildings(tx: Tx, ids: number[]): void {
  if (!ids.length) return;
  const rows = buildingRows(tx, ids);
  const scope = or(
    and(eq(searchDocuments.type, 'building'), inArray(searchDocuments.recordId, ids)),
    and(eq(searchDocuments.type, 'document'), isNull(searchDocuments.projectId), inArray(searchDocuments.buildingId, ids)),
  ) as SQL;
  replaceRows(tx, scope, [...rows, ...documentRows(tx, rows)]);
}

/** A project and everything public under it; nothing at all once it is unpublished. */
function reindexProjects(tx: Tx, ids: number[]): void {
  if (!ids.length) return;
  const rows = projectRows(tx, ids);
  replaceRows(tx, inArray(searchDocuments.projectId, ids), [...rows, ...documentRows(tx, rows)]);
}

const TAG = /^(site|building|project):(\d+)$/;
const REBUILD_SLICE = 500;

/**
 * Re-indexes the records a write names with its cache tags (lib/api/cache-tags.ts), in the write's
 * transaction. A tag of a whole list (`sites`, `projects`) with no record of that kind named beside
 * it (a new site tags only `sites`) makes the index compare the list with its rows: it adds the
 * records it misses and drops those no longer public. That takes a pass over the list, so it is
 * left out when the write named its records.
 */
export function reindexForTags(tx: Tx, tags: Iterable<string>): void {
  const ids = { site: new Set<number>(), building: new Set<number>(), project: new Set<number>() };
  const lists = new Set<string>();
  for (const tag of tags) {
    const m = TAG.exec(tag);
    if (m) ids[m[1] as keyof typeof ids].add(Number(m[2]));
    else lists.add(tag);
  }
  if (lists.has('sites') && !ids.site.size) {
    const indexed = tx.select({ id: searchDocuments.recordId }).from(searchDocuments).where(eq(searchDocuments.type, 'site'));
    for (const s of tx.select({ id: sites.id }).from(sites).where(notInArray(sites.id, indexed)).all()) ids.site.add(s.id);
    tx.delete(searchDocuments)
      .where(and(eq(searchDocuments.type, 'site'), notInArray(searchDocuments.recordId, tx.select({ id: sites.id }).from(sites))))
      .run();
  }
  if (lists.has('projects') && !ids.project.size) {
    const published = tx.select({ id: projects.id }).from(projects).where(eq(projects.published, true));
    const indexed = tx.select({ id: searchDocuments.recordId }).from(searchDocuments).where(eq(searchDocuments.type, 'project'));
    for (const p of tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.published, true), notInArray(projects.id, indexed)))
      .all())
      ids.project.add(p.id);
    for (const p of tx
      .select({ id: searchDocuments.recordId })
      .from(searchDocuments)
      .where(and(eq(searchDocuments.type, 'project'), notInArray(searchDocuments.recordId, published)))
      .all())
      ids.project.add(p.id);
  }
  reindexSites(tx, [...ids.site]);
  reindexBuildings(tx, [...ids.building]);
  reindexProjects(tx, [...ids.project]);
}

/**
 * The whole index anew, in one transaction: after seeding, after a bulk load, or when a start finds
 * the index stale. A command-line script calls it under the server condition, which lets the
 * 'server-only' imports through: `tsx --conditions=react-server scripts/<loader>.ts`.
 */
export function rebuildSearchIndex(db: Db): { rows: number } {
  // A bulk load goes faster without FTS5 merging segments as it goes (one 'optimize' at the end instead)
  // and with a larger page cache while it runs; both are put back afterwards.
  const cacheSize = db.get<{ cache_size: number }>(sql`pragma cache_size`)?.cache_size ?? -2000;
  db.run(sql.raw('pragma cache_size = -65536'));
  try {
    return rebuildRows(db);
  } finally {
    db.run(sql.raw(`pragma cache_size = ${Number(cacheSize)}`));
  }
}

function rebuildRows(db: Db): { rows: number } {
  return db.transaction((tx) => {
    tx.run(sql`insert into search_fts (search_fts, rank) values ('automerge', 0)`);
    tx.delete(searchDocuments).run();
    let rows = 0;
    const add = (batch: SearchRow[]) => {
      insertRows(tx, batch);
      rows += batch.length;
      return batch;
    };
    // In slices, so no statement binds more ids than SQLite allows, whatever the number of records.
    const inSlices = (ids: number[], build: (slice: number[]) => SearchRow[]) => {
      const out: SearchRow[] = [];
      for (let i = 0; i < ids.length; i += REBUILD_SLICE) out.push(...add(build(ids.slice(i, i + REBUILD_SLICE))));
      return out;
    };
    const all = (table: typeof sites | typeof buildings | typeof projects) =>
      tx
        .select({ id: table.id })
        .from(table)
        .all()
        .map((r) => r.id);
    inSlices(all(sites), (slice) => siteRows(tx, slice));
    // Documents take their owner's page, names and filters: the owners' rows are kept for them.
    const owners = [
      ...inSlices(all(buildings), (slice) => buildingRows(tx, slice)),
      ...inSlices(all(projects), (slice) => projectRows(tx, slice)).filter((r) => r.type === 'project'),
    ];
    add(documentRows(tx, owners, true));
    // Merges the segments the inserts left, so the first searches are as fast as later ones.
    tx.run(sql`insert into search_fts (search_fts) values ('optimize')`);
    tx.run(sql`insert into search_names (search_names) values ('optimize')`);
    tx.run(sql`insert into search_fts (search_fts, rank) values ('automerge', 4)`);
    const state = { fingerprint: fingerprint(), builtAt: new Date() };
    tx.insert(searchIndexState)
      .values({ id: 1, ...state })
      .onConflictDoUpdate({ target: searchIndexState.id, set: state })
      .run();
    return { rows };
  });
}

/**
 * Run when the server opens the database: rebuilds the index when it was never built, was built
 * by another version, or visibly misses records (sites or published projects written by a seed
 * or a loader that did not re-index). Cheap when all is well: three counts.
 */
export function ensureSearchIndex(db: Db): boolean {
  const state = db.select().from(searchIndexState).get();
  const tally = (type: 'site' | 'project') =>
    db.select({ n: count() }).from(searchDocuments).where(eq(searchDocuments.type, type)).get()?.n ?? 0;
  const siteCount = db.select({ n: count() }).from(sites).get()?.n ?? 0;
  const projectCount = db.select({ n: count() }).from(projects).where(eq(projects.published, true)).get()?.n ?? 0;
  const stale = !state || state.fingerprint !== fingerprint() || tally('site') !== siteCount || tally('project') !== projectCount;
  if (stale) rebuildSearchIndex(db);
  return stale;
}
