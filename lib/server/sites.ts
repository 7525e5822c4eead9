import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { buildings, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { BuildingSummary, ProjectSummary, SiteDetail, SiteSummary } from '@/lib/api/dto';
import { deriveBuildingStatus } from '@/lib/domain/project-status';
import { currentLevel, loadDesignations } from './designations';
import { loadApprovals, summarizeProjects } from './projects';
import { loadSources, localized, named } from './records';
import { buildTimeline } from './site-timeline';

type SiteRow = typeof sites.$inferSelect;
type BuildingRow = typeof buildings.$inferSelect;

export function summarizeSites(db: Db, rows: SiteRow[]): SiteSummary[] {
  const ids = rows.map((s) => s.id);
  if (!ids.length) return [];
  const histories = loadDesignations(db, ids);
  const buildingCounts = new Map(
    db
      .select({ siteId: buildings.siteId, n: count() })
      .from(buildings)
      .where(inArray(buildings.siteId, ids))
      .groupBy(buildings.siteId)
      .all()
      .map((r) => [r.siteId, r.n]),
  );
  const projectCounts = new Map(
    db
      .select({ siteId: projects.siteId, n: count() })
      .from(projects)
      .where(and(inArray(projects.siteId, ids), eq(projects.published, true)))
      .groupBy(projects.siteId)
      .all()
      .map((r) => [r.siteId, r.n]),
  );
  return rows.map((s) => {
    const level = currentLevel(histories.get(s.id) ?? []);
    return {
      slug: s.slug,
      name: named(s.nameZh, s.nameEn),
      aliases: s.aliases,
      category: s.category,
      district: s.district,
      level: level?.level ?? null,
      batch: level?.batch ?? null,
      buildingCount: buildingCounts.get(s.id) ?? 0,
      projectCount: projectCounts.get(s.id) ?? 0,
    };
  });
}

export async function listSites(): Promise<SiteSummary[]> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.sites);
  const db = getDb();
  return summarizeSites(db, db.select().from(sites).orderBy(asc(sites.id)).all());
}

/** Buildings with the restoration status their published projects give them. */
export function summarizeBuildings(rows: BuildingRow[], projectSummaries: ProjectSummary[]): BuildingSummary[] {
  return rows.map((b) => ({
    slug: b.slug,
    name: named(b.nameZh, b.nameEn),
    aliases: b.aliases,
    originalUse: localized(b.originalUseZh, b.originalUseEn),
    floorAreaM2: b.floorAreaM2,
    status: deriveBuildingStatus(projectSummaries.filter((p) => p.buildings.includes(b.slug)).map((p) => p.status)),
    plan:
      b.planX !== null && b.planY !== null && b.planWidth !== null && b.planHeight !== null
        ? { x: b.planX, y: b.planY, width: b.planWidth, height: b.planHeight }
        : null,
  }));
}

export async function getSite(slug: string): Promise<SiteDetail | null> {
  'use cache';
  cacheLife('hours');
  const db = getDb();
  const site = db.select().from(sites).where(eq(sites.slug, slug)).get();
  if (!site) {
    cacheTag(cacheTags.sites);
    return null;
  }
  const [summary] = summarizeSites(db, [site]) as [SiteSummary];
  const projectRows = db
    .select()
    .from(projects)
    .where(and(eq(projects.siteId, site.id), eq(projects.published, true)))
    .orderBy(asc(projects.id))
    .all();
  cacheTag(cacheTags.site(site.id), ...projectRows.map((p) => cacheTags.project(p.id)));
  const { summaries, milestones } = summarizeProjects(db, projectRows);
  const buildingRows = db.select().from(buildings).where(eq(buildings.siteId, site.id)).orderBy(asc(buildings.position)).all();
  const designations = loadDesignations(db, [site.id]).get(site.id) ?? [];
  const approvals = loadApprovals(db, { buildingIds: buildingRows.map((b) => b.id) });

  return {
    ...summary,
    address: localized(site.addressZh, site.addressEn),
    foundedYear: site.foundedYear,
    description: localized(site.descriptionZh, site.descriptionEn),
    designations,
    buildings: summarizeBuildings(buildingRows, summaries),
    projects: summaries,
    timeline: buildTimeline({
      designations,
      approvals,
      projects: summaries,
      milestones: new Map(projectRows.map((p) => [p.slug, milestones.get(p.id) ?? []])),
    }),
    sources: loadSources(db, [
      { entity: 'site', ids: [site.id] },
      { entity: 'designation', ids: designations.map((d) => d.id) },
      { entity: 'building', ids: buildingRows.map((b) => b.id) },
    ]),
  };
}
