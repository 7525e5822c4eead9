import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import { PROJECTS_CSV_COLUMNS } from '@/lib/api/openapi';
import { getTranslator } from '@/lib/i18n/translator';
import { summarizeProjects } from '../projects';
import { type CsvCell, toCsv } from './csv';

/**
 * More published projects than any bureau keeps; the bound keeps one export from holding the
 * server. Past it the export holds the first ones recorded, as the OpenAPI description says.
 */
export const PROJECTS_CSV_MAX_PROJECTS = 10_000;

/**
 * One row per milestone of every published project, in canonical milestone order, through the
 * same read model as the project pages (status derived, only decided verdicts). The same for
 * every reader, so cached; every project or site write revalidates these tags.
 */
export async function getProjectsCsv(): Promise<string> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.projects, cacheTags.sites);
  const db = getDb();
  const t = getTranslator();
  const rows = db
    .select({ project: projects, site: sites })
    .from(projects)
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .where(eq(projects.published, true))
    .orderBy(asc(projects.id))
    .limit(PROJECTS_CSV_MAX_PROJECTS)
    .all();
  const { summaries, milestones } = summarizeProjects(
    db,
    rows.map((r) => r.project),
  );

  const cells: CsvCell[][] = rows.flatMap(({ project, site }, i) =>
    (milestones.get(project.id) ?? []).map((m) => {
      const verdict = m.inspection?.verdict ?? null;
      return [
        project.slug,
        project.titleZh,
        project.titleEn,
        site.slug,
        site.nameZh,
        project.category,
        summaries[i]?.status ?? null,
        m.kind,
        t(`milestone.${m.kind}`),
        m.sequence,
        m.planned,
        m.actual,
        verdict,
        verdict ? t(`verdict.${verdict}`) : null,
        m.inspection?.organiser?.name.zh ?? null,
      ];
    }),
  );
  return toCsv(PROJECTS_CSV_COLUMNS, cells);
}
