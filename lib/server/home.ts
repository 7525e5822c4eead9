import 'server-only';
import { and, count, countDistinct, desc, eq, isNotNull, or } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { buildings, inspections, milestones, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { HomeDto, MilestoneEventDto } from '@/lib/api/dto';
import { isCurrentDecided } from './inspection-records';
import { named } from './records';
import { summarizeSites } from './sites';

const RECENT = 8;

/** The home page: the counts, the latest progress and the sites it happened at, in a fixed number of statements. */
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
  // A bureau may keep tens of thousands of sites: the home page shows those with the latest progress.
  const activeSites = [...new Map(recentRows.map((r) => [r.site.id, r.site])).values()];

  const one = (query: { all(): { n: number }[] }) => query.all()[0]?.n ?? 0;
  return {
    sites: summarizeSites(db, activeSites),
    recent,
    counts: {
      sites: one(db.select({ n: count() }).from(sites)),
      buildings: one(db.select({ n: count() }).from(buildings)),
      projects: one(db.select({ n: count() }).from(projects).where(eq(projects.published, true))),
      accepted: one(
        db
          .select({ n: countDistinct(milestones.projectId) })
          .from(milestones)
          .innerJoin(projects, eq(projects.id, milestones.projectId))
          .leftJoin(inspections, and(eq(inspections.milestoneId, milestones.id), isCurrentDecided))
          .where(and(eq(projects.published, true), isNotNull(milestones.actual), acceptedBy)),
      ),
      inspections: one(
        db
          .select({ n: count() })
          .from(inspections)
          .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
          .innerJoin(projects, eq(projects.id, milestones.projectId))
          .where(and(eq(projects.published, true), isNotNull(inspections.verdict), isCurrentDecided)),
      ),
    },
  };
}

/**
 * A done milestone that makes its project accepted or archived: deriveProjectStatus's first two
 * rules (lib/domain/project-status.ts), in SQL so the count needs no project's whole history.
 * home.test.ts holds the two to the same answer.
 */
const acceptedBy = or(eq(milestones.kind, 'archived'), and(eq(milestones.kind, 'final_acceptance'), eq(inspections.verdict, 'qualified')));
