import 'server-only';
import { and, asc, eq, isNotNull, or } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { buildings, inspections, milestones, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';

/**
 * A sitemap holds at most 50,000 addresses and every page is listed in two languages: this many
 * records of each kind keeps the whole within the limit with room to spare.
 */
export const SITEMAP_MAX_PER_KIND = 6_000;

/**
 * The unprefixed (Chinese) paths of every public page: home, timeline, sites, buildings, published
 * projects and the printable opinions of their decided inspections. Never an unpublished project or
 * a draft: the same rules as the proxy's record check. Cached for every reader.
 */
export async function getPublicPagePaths(): Promise<string[]> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.projects, cacheTags.sites);
  const db = getDb();
  const siteRows = db.select({ slug: sites.slug }).from(sites).orderBy(asc(sites.id)).limit(SITEMAP_MAX_PER_KIND).all();
  const buildingRows = db
    .select({ site: sites.slug, slug: buildings.slug })
    .from(buildings)
    .innerJoin(sites, eq(sites.id, buildings.siteId))
    .orderBy(asc(sites.id), asc(buildings.position), asc(buildings.id))
    .limit(SITEMAP_MAX_PER_KIND)
    .all();
  const projectRows = db
    .select({ slug: projects.slug })
    .from(projects)
    .where(eq(projects.published, true))
    .orderBy(asc(projects.id))
    .limit(SITEMAP_MAX_PER_KIND)
    .all();
  const opinionRows = db
    .select({ project: projects.slug, id: inspections.id })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    // isDecided in SQL: signed by the whole panel, or imported from a published record.
    .where(and(eq(projects.published, true), or(isNotNull(inspections.lockedAt), eq(inspections.historical, true))))
    .orderBy(asc(projects.id), asc(inspections.id))
    .limit(SITEMAP_MAX_PER_KIND)
    .all();

  const seg = encodeURIComponent;
  return [
    '/',
    '/timeline',
    '/about',
    ...siteRows.map((s) => `/sites/${seg(s.slug)}`),
    ...buildingRows.map((b) => `/sites/${seg(b.site)}/buildings/${seg(b.slug)}`),
    ...projectRows.map((p) => `/projects/${seg(p.slug)}`),
    ...opinionRows.map((o) => `/projects/${seg(o.project)}/inspections/${o.id}`),
  ];
}
