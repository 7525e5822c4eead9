import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { buildings, organisations, projectBuildings, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import { NotFoundError, RuleViolationError } from '../errors';

/** Finding the records a write names, with errors that say which one is missing. */

export function siteBySlug(tx: Tx, slug: string) {
  const site = tx.select().from(sites).where(eq(sites.slug, slug)).get();
  if (!site) throw new NotFoundError('site', slug);
  return site;
}

export function projectBySlug(tx: Tx, slug: string) {
  const project = tx.select().from(projects).where(eq(projects.slug, slug)).get();
  if (!project) throw new NotFoundError('project', slug);
  return project;
}

/** The organisation a body refers to by slug; a missing one is the body's fault (422). */
export function organisationId(tx: Tx, slug: string | null | undefined, field: string): number | null {
  if (!slug) return null;
  const org = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)).get();
  if (!org) throw new RuleViolationError(`找不到单位“${slug}”。`, { [field]: [`找不到单位“${slug}”，请先登记该单位`] });
  return org.id;
}

/** Buildings of one site by slug; rule 7: a project's (or approval's) buildings belong to its site. */
export function buildingIdsOfSite(tx: Tx, siteId: number, slugs: string[], field = 'buildings'): number[] {
  if (!slugs.length) return [];
  const found = tx
    .select({ id: buildings.id, slug: buildings.slug })
    .from(buildings)
    .where(and(eq(buildings.siteId, siteId), inArray(buildings.slug, slugs)))
    .all();
  const missing = slugs.filter((s) => !found.some((b) => b.slug === s));
  if (missing.length) {
    throw new RuleViolationError('文物建筑必须属于本文物保护单位。', {
      [field]: missing.map((s) => `文物建筑：“${s}”不是本文物保护单位的建筑`),
    });
  }
  return slugs.map((s) => found.find((b) => b.slug === s)?.id as number);
}

/** Every cache tag whose pages show this project: it, its site, its buildings, the lists. */
export function projectTags(tx: Tx, project: { id: number; siteId: number }): string[] {
  const covered = tx
    .select({ id: projectBuildings.buildingId })
    .from(projectBuildings)
    .where(eq(projectBuildings.projectId, project.id))
    .all();
  return [
    cacheTags.project(project.id),
    cacheTags.site(project.siteId),
    cacheTags.projects,
    cacheTags.sites,
    ...covered.map((b) => cacheTags.building(b.id)),
  ];
}
