import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { buildings, inspections, milestones, projects, sites } from '@/db/schema';
import { isDecided } from './inspection-records';

/**
 * Whether a public record page has a record to show. The proxy asks this before a page is
 * rendered, because a page for a dynamic slug may be answered from a prerendered shell whose
 * 200 status is sent before the page learns that its record does not exist.
 */
export function recordExists(path: { site?: string; building?: string; project?: string; inspection?: string }): boolean {
  const db = getDb();
  if (path.project !== undefined && path.inspection !== undefined) {
    // A printable opinion exists once the panel has decided; a draft has no public page.
    // One spelling per record: 7, never 07 or 7e0.
    if (!/^[1-9]\d{0,15}$/.test(path.inspection)) return false;
    const id = Number(path.inspection);
    const found = db
      .select({ lockedAt: inspections.lockedAt, historical: inspections.historical })
      .from(inspections)
      .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(and(eq(inspections.id, id), eq(projects.slug, path.project), eq(projects.published, true)))
      .get();
    return !!found && isDecided(found);
  }
  if (path.project !== undefined) {
    return !!db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.slug, path.project), eq(projects.published, true)))
      .get();
  }
  if (path.site !== undefined && path.building !== undefined) {
    return !!db
      .select({ id: buildings.id })
      .from(buildings)
      .innerJoin(sites, eq(sites.id, buildings.siteId))
      .where(and(eq(sites.slug, path.site), eq(buildings.slug, path.building)))
      .get();
  }
  if (path.site !== undefined) return !!db.select({ id: sites.id }).from(sites).where(eq(sites.slug, path.site)).get();
  return true;
}
