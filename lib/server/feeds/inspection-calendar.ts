import 'server-only';
import { and, asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { inspections, milestones, organisations, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { LocalizedText } from '@/lib/api/dto';
import type { MilestoneKind } from '@/lib/domain/codes';
import { named } from '../records';

/** A scheduled inspection or acceptance the panel has not decided yet: what a calendar shows. */
export interface ScheduledInspection {
  id: number;
  kind: MilestoneKind;
  /** YYYY-MM-DD: scheduling asks for a day. */
  day: string;
  /** The record's version: grows with every change, so a calendar replaces its copy. */
  version: number;
  /** ISO 8601: when the record last changed (the event's DTSTAMP). */
  changed: string;
  organiser: LocalizedText | null;
  project: { slug: string; title: LocalizedText };
  site: { slug: string; name: LocalizedText };
}

/** Far more open meetings than a bureau holds at once; the bound keeps the calendar cheap. */
export const CALENDAR_MAX_EVENTS = 1_000;

export interface InspectionCalendar {
  /** The project asked for, or null for every published project's calendar. */
  project: { slug: string; title: LocalizedText } | null;
  events: ScheduledInspection[];
}

/**
 * Undecided, scheduled inspections of published projects (all, or one project's), by day.
 * A draft correction of a signed opinion is not a meeting and never shows. `null` when the
 * project asked for is not published: the caller answers 404.
 */
export async function getInspectionCalendar(projectSlug: string | null): Promise<InspectionCalendar | null> {
  'use cache';
  cacheLife('hours');
  const db = getDb();
  let onlyProject: SQL | undefined;
  let project: InspectionCalendar['project'] = null;
  if (projectSlug !== null) {
    const p = db
      .select({ id: projects.id, slug: projects.slug, titleZh: projects.titleZh, titleEn: projects.titleEn })
      .from(projects)
      .where(and(eq(projects.slug, projectSlug), eq(projects.published, true)))
      .get();
    // Publishing the project touches `projects`, so a miss is not kept past it.
    cacheTag(cacheTags.projects, ...(p ? [cacheTags.project(p.id)] : []));
    if (!p) return null;
    onlyProject = eq(projects.id, p.id);
    project = { slug: p.slug, title: named(p.titleZh, p.titleEn) };
  } else {
    cacheTag(cacheTags.projects, cacheTags.sites);
  }

  const rows = db
    .select({ inspection: inspections, milestone: milestones, project: projects, site: sites, organiser: organisations })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .leftJoin(organisations, eq(organisations.id, inspections.organiserId))
    .where(
      and(
        eq(projects.published, true),
        isNotNull(inspections.date),
        isNull(inspections.lockedAt),
        eq(inspections.historical, false),
        isNull(inspections.amendsId),
        onlyProject,
      ),
    )
    .orderBy(asc(inspections.date), asc(inspections.id))
    .limit(CALENDAR_MAX_EVENTS)
    .all();

  const events = rows
    .filter(({ inspection: i }) => /^\d{4}-\d{2}-\d{2}$/.test(i.date ?? ''))
    .map(({ inspection: i, milestone: m, project: p, site: s, organiser: o }) => ({
      id: i.id,
      kind: m.kind,
      day: i.date as string,
      version: i.version,
      changed: i.updatedAt.toISOString(),
      organiser: o ? named(o.nameZh, o.nameEn) : null,
      project: { slug: p.slug, title: named(p.titleZh, p.titleEn) },
      site: { slug: s.slug, name: named(s.nameZh, s.nameEn) },
    }));
  return { project, events };
}
