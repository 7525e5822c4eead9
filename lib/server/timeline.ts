import 'server-only';
import { and, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { milestones, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { ProjectTimelineRow } from '@/lib/api/dto';
import { summarizeProjects } from './projects';
import { named } from './records';

/** How many projects one axis can show legibly: a national bureau has tens of thousands. */
export const TIMELINE_PROJECTS = 40;

export interface ProjectTimeline {
  rows: ProjectTimelineRow[];
  /** Every published project, of which `rows` are the most recently active. */
  total: number;
}

/**
 * The published projects with the latest progress (by their latest done milestone), with their
 * milestones, for the one-axis timeline; in a fixed number of statements whatever the total.
 * A project newly added is "latest" as well: the newest with nothing done yet fill the room left.
 */
export async function getProjectTimeline(): Promise<ProjectTimeline> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.projects);
  const db = getDb();
  const published = eq(projects.published, true);
  // Read down the index of done dates; a project has a handful of milestones, so ten per project
  // shown finds enough distinct projects.
  const latest = db
    .select({ projectId: milestones.projectId })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(published, isNotNull(milestones.actual)))
    .orderBy(desc(milestones.actual), desc(milestones.id))
    .limit(TIMELINE_PROJECTS * 10)
    .all();
  // Then, while there is room, the newest projects with nothing done yet (just initiated).
  const newest = db
    .select({ projectId: projects.id })
    .from(projects)
    .where(published)
    .orderBy(desc(projects.id))
    .limit(TIMELINE_PROJECTS)
    .all();
  const ids = [...new Set([...latest, ...newest].map((r) => r.projectId))].slice(0, TIMELINE_PROJECTS);
  const total = db.select({ n: count() }).from(projects).where(published).all()[0]?.n ?? 0;
  if (!ids.length) return { rows: [], total };

  const found = db
    .select({ project: projects, site: sites })
    .from(projects)
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .where(inArray(projects.id, ids))
    .all();
  const byId = new Map(found.map((r) => [r.project.id, r]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  const { summaries, milestones: ms } = summarizeProjects(
    db,
    ordered.map((r) => r.project),
  );
  const rows = ordered.map(({ project, site }, i) => ({
    slug: project.slug,
    title: named(project.titleZh, project.titleEn),
    status: summaries[i]?.status ?? 'initiating',
    site: { slug: site.slug, name: named(site.nameZh, site.nameEn) },
    milestones: (ms.get(project.id) ?? []).map((m) => ({
      kind: m.kind,
      planned: m.planned,
      actual: m.actual,
      verdict: m.inspection?.verdict ?? null,
    })),
  }));
  return { rows, total };
}
