import 'server-only';
import { and, count, desc, eq, isNotNull } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { buildings, inspections, milestones, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { HomeDto, MilestoneEventDto } from '@/lib/api/dto';
import { isCurrentDecided } from './inspection-records';
import { summarizeProjects } from './projects';
import { named } from './records';
import { listSites } from './sites';

const RECENT = 8;

export async function getHome(): Promise<HomeDto> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.sites, cacheTags.projects);
  const db = getDb();
  const published = and(eq(projects.published, true), isNotNull(milestones.actual));
  // Partial dates sort as text well enough to pick the latest few; ties at a coarser
  // precision are ordered by the milestone's canonical step.
  const recentRows = db
    .select({ milestone: milestones, inspection: inspections, project: projects, site: sites })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .leftJoin(inspections, and(eq(inspections.milestoneId, milestones.id), isCurrentDecided))
    .where(published)
    .orderBy(desc(milestones.actual), desc(milestones.id))
    .limit(RECENT)
    .all();
  const recent: MilestoneEventDto[] = recentRows.map((r) => ({
    date: r.milestone.actual as string,
    kind: r.milestone.kind,
    verdict: r.inspection?.verdict ?? null,
    project: { slug: r.project.slug, title: named(r.project.titleZh, r.project.titleEn) },
    site: { slug: r.site.slug, name: named(r.site.nameZh, r.site.nameEn) },
  }));

  const projectRows = db.select().from(projects).where(eq(projects.published, true)).all();
  const { summaries } = summarizeProjects(db, projectRows);
  const [buildingCount] = db.select({ n: count() }).from(buildings).all();
  const [inspectionCount] = db
    .select({ n: count() })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(eq(projects.published, true), isNotNull(inspections.verdict), isCurrentDecided))
    .all();
  const siteList = await listSites();

  return {
    sites: siteList,
    recent,
    counts: {
      sites: siteList.length,
      buildings: buildingCount?.n ?? 0,
      projects: summaries.length,
      accepted: summaries.filter((p) => p.status === 'accepted' || p.status === 'archived').length,
      inspections: inspectionCount?.n ?? 0,
    },
  };
}
