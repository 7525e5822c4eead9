import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { ProjectTimelineRow } from '@/lib/api/dto';
import { summarizeProjects } from './projects';
import { named } from './records';

/** Every published project with its milestones, for the one-axis timeline. */
export async function getProjectTimeline(): Promise<ProjectTimelineRow[]> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.projects);
  const db = getDb();
  const rows = db
    .select({ project: projects, site: sites })
    .from(projects)
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .where(eq(projects.published, true))
    .orderBy(asc(projects.id))
    .all();
  const { summaries, milestones } = summarizeProjects(
    db,
    rows.map((r) => r.project),
  );
  return rows.map(({ project, site }, i) => ({
    slug: project.slug,
    title: named(project.titleZh, project.titleEn),
    status: summaries[i]?.status ?? 'initiating',
    site: { slug: site.slug, name: named(site.nameZh, site.nameEn) },
    milestones: (milestones.get(project.id) ?? []).map((m) => ({
      kind: m.kind,
      planned: m.planned,
      actual: m.actual,
      verdict: m.inspection?.verdict ?? null,
    })),
  }));
}
