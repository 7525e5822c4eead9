import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { buildings, projectBuildings, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { BuildingDetail } from '@/lib/api/dto';
import { siteLevels } from './designations';
import { publicBuildingDocuments } from './documents-read';
import { loadApprovals, summarizeProjects } from './projects';
import { loadSources, localized, named } from './records';
import { buildTimeline } from './site-timeline';
import { summarizeBuildings } from './sites';

export async function getBuilding(siteSlug: string, buildingSlug: string): Promise<BuildingDetail | null> {
  'use cache';
  cacheLife('hours');
  const db = getDb();
  const row = db
    .select({ building: buildings, site: sites })
    .from(buildings)
    .innerJoin(sites, eq(sites.id, buildings.siteId))
    .where(and(eq(sites.slug, siteSlug), eq(buildings.slug, buildingSlug)))
    .get();
  if (!row) {
    cacheTag(cacheTags.sites);
    return null;
  }
  const { building, site } = row;
  const projectIds = db
    .select({ id: projectBuildings.projectId })
    .from(projectBuildings)
    .where(eq(projectBuildings.buildingId, building.id))
    .all()
    .map((r) => r.id);
  const projectRows = projectIds.length
    ? db
        .select()
        .from(projects)
        .where(and(inArray(projects.id, projectIds), eq(projects.published, true)))
        .orderBy(asc(projects.id))
        .all()
    : [];
  cacheTag(cacheTags.building(building.id), cacheTags.site(site.id), ...projectRows.map((p) => cacheTags.project(p.id)));
  const { summaries, milestones } = summarizeProjects(db, projectRows);
  const [summary] = summarizeBuildings([building], summaries) as [BuildingDetail];
  const approvals = loadApprovals(db, { buildingIds: [building.id] });

  return {
    ...summary,
    site: { slug: site.slug, name: named(site.nameZh, site.nameEn), level: siteLevels(db, [site.id]).get(site.id)?.level ?? null },
    description: localized(building.descriptionZh, building.descriptionEn),
    builtYear: building.builtYear,
    condition: building.condition,
    projects: summaries,
    approvals,
    timeline: buildTimeline({
      designations: [],
      approvals,
      projects: summaries,
      milestones: new Map(projectRows.map((p) => [p.slug, milestones.get(p.id) ?? []])),
    }),
    sources: loadSources(db, [{ entity: 'building', ids: [building.id] }]),
    documents: publicBuildingDocuments(db, building.id),
  };
}
