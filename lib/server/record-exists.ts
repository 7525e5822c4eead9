import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { buildings, inspections, milestones, projects, sites } from '@/db/schema';
import { isDecided } from './inspection-records';

/**
 * The proxy's lookups, asked before every public record page is served (even one served from the
 * cache), so they are prepared once per connection and only bound and run per request.
 */
function prepare(db: Db) {
  const opinion = db
    .select({ lockedAt: inspections.lockedAt, historical: inspections.historical })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(eq(inspections.id, sql.placeholder('id')), eq(projects.slug, sql.placeholder('project')), eq(projects.published, true)))
    .prepare();
  const project = db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.slug, sql.placeholder('project')), eq(projects.published, true)))
    .prepare();
  const building = db
    .select({ id: buildings.id })
    .from(buildings)
    .innerJoin(sites, eq(sites.id, buildings.siteId))
    .where(and(eq(sites.slug, sql.placeholder('site')), eq(buildings.slug, sql.placeholder('building'))))
    .prepare();
  const site = db
    .select({ id: sites.id })
    .from(sites)
    .where(eq(sites.slug, sql.placeholder('site')))
    .prepare();
  return { opinion, project, building, site };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(db: Db) {
  let found = prepared.get(db);
  if (!found) {
    found = prepare(db);
    prepared.set(db, found);
  }
  return found;
}

/**
 * Whether a public record page has a record to show. The proxy asks this before a page is
 * rendered, because a page for a dynamic slug may be answered from a prerendered shell whose
 * 200 status is sent before the page learns that its record does not exist.
 */
export function recordExists(path: { site?: string; building?: string; project?: string; inspection?: string }): boolean {
  const q = statements(getDb());
  if (path.project !== undefined && path.inspection !== undefined) {
    // A printable opinion exists once the panel has decided; a draft has no public page.
    // One spelling per record: 7, never 07 or 7e0.
    if (!/^[1-9]\d{0,15}$/.test(path.inspection)) return false;
    const found = q.opinion.get({ id: Number(path.inspection), project: path.project });
    return !!found && isDecided(found);
  }
  if (path.project !== undefined) return !!q.project.get({ project: path.project });
  if (path.site !== undefined && path.building !== undefined) return !!q.building.get({ site: path.site, building: path.building });
  if (path.site !== undefined) return !!q.site.get({ site: path.site });
  return true;
}
