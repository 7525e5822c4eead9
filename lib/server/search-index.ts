import 'server-only';
import { createHash } from 'node:crypto';
import { and, count, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import type { Db } from '@/db/open';
import { projects, searchDocuments, searchIndexState, sites } from '@/db/schema';
import { MILESTONE_KINDS, VERDICTS } from '@/lib/domain/codes';
import { getTranslator } from '@/lib/i18n/translator';
import { buildingRows, documentRows, projectRows, type SearchRow, siteRows } from './search-index-rows';

/**
 * Keeping the search index (search_documents, and the FTS5 index its triggers maintain) equal to
 * what the public pages show. Writes re-index what they touched inside their own transaction
 * (runWrite calls reindexForTags); a whole rebuild serves the seed, bulk loaders and a stale index.
 */

/** Changes when what goes into a row changes (its shape, or a label written into it): a start then rebuilds. */
const INDEX_FORMAT = 1;

function fingerprint(): string {
  const label = (locale: 'zh' | 'en') => {
    const t = getTranslator(locale);
    return [...MILESTONE_KINDS.map((k) => t(`milestone.${k}`)), ...VERDICTS.map((v) => t(`verdict.${v}`))];
  };
  return createHash('sha256')
    .update(JSON.stringify([INDEX_FORMAT, label('zh'), label('en')]))
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

function reindexSites(tx: Tx, ids: number[]): void {
  if (!ids.length) return;
  tx.delete(searchDocuments)
    .where(and(eq(searchDocuments.type, 'site'), inArray(searchDocuments.recordId, ids)))
    .run();
  insertRows(tx, siteRows(tx, ids));
}

/** A building and the documents that belong to it alone. */
function reindexBuildings(tx: Tx, ids: number[]): void {
  if (!ids.length) return;
  tx.delete(searchDocuments)
    .where(and(eq(searchDocuments.type, 'building'), inArray(searchDocuments.recordId, ids)))
    .run();
  tx.delete(searchDocuments)
    .where(and(eq(searchDocuments.type, 'document'), isNull(searchDocuments.projectId), inArray(searchDocuments.buildingId, ids)))
    .run();
  const rows = buildingRows(tx, ids);
  insertRows(tx, [...rows, ...documentRows(tx, rows)]);
}

/** A project and everything public under it; nothing at all once it is unpublished. */
function reindexProjects(tx: Tx, ids: number[]): void {
  if (!ids.length) return;
  tx.delete(searchDocuments).where(inArray(searchDocuments.projectId, ids)).run();
  const rows = projectRows(tx, ids);
  insertRows(tx, [...rows, ...documentRows(tx, rows)]);
}

const TAG = /^(site|building|project):(\d+)$/;

/**
 * Re-indexes the records a write names with its cache tags (lib/api/cache-tags.ts), in the write's
 * transaction. A tag of a whole list (`sites`, `projects`) names no record: it catches records the
 * index is missing (a new site tags only `sites`) and drops those no longer public.
 */
export function reindexForTags(tx: Tx, tags: Iterable<string>): void {
  const ids = { site: new Set<number>(), building: new Set<number>(), project: new Set<number>() };
  const lists = new Set<string>();
  for (const tag of tags) {
    const m = TAG.exec(tag);
    if (m) ids[m[1] as keyof typeof ids].add(Number(m[2]));
    else lists.add(tag);
  }
  if (lists.has('sites')) {
    const indexed = tx.select({ id: searchDocuments.recordId }).from(searchDocuments).where(eq(searchDocuments.type, 'site'));
    for (const s of tx.select({ id: sites.id }).from(sites).where(notInArray(sites.id, indexed)).all()) ids.site.add(s.id);
    tx.delete(searchDocuments)
      .where(and(eq(searchDocuments.type, 'site'), notInArray(searchDocuments.recordId, tx.select({ id: sites.id }).from(sites))))
      .run();
  }
  if (lists.has('projects')) {
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
 * The whole index anew, in one transaction: after seeding, after a bulk load (scripts that write
 * many records at once call this), or when a start finds the index stale.
 */
export function rebuildSearchIndex(db: Db): { rows: number } {
  return db.transaction((tx) => {
    tx.delete(searchDocuments).run();
    const owners = [...buildingRows(tx, null), ...projectRows(tx, null)];
    const rows = [...siteRows(tx, null), ...owners, ...documentRows(tx, owners, true)];
    insertRows(tx, rows);
    // Merges the segments the inserts left, so the first searches are as fast as later ones.
    tx.run(sql`insert into search_fts (search_fts) values ('optimize')`);
    tx.insert(searchIndexState)
      .values({ id: 1, fingerprint: fingerprint(), builtAt: new Date() })
      .onConflictDoUpdate({ target: searchIndexState.id, set: { fingerprint: fingerprint(), builtAt: new Date() } })
      .run();
    return { rows: rows.length };
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
