import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import type { Tx } from '@/db/audit';
import { getDb } from '@/db/client';
import { buildings, inspections, milestones, projectBuildings, projects, sites, user } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { InspectionDto, LocalizedText, SourceDto } from '@/lib/api/dto';
import type { MilestoneKind, ProjectCategory } from '@/lib/domain/codes';
import { describeInspections, isDecided } from './inspection-records';
import { loadSources, named } from './records';

/** The correction that replaced an opinion: what a reader of the original must be told. */
export interface OpinionCorrection {
  id: number;
  date: string | null;
  signedAt: string | null;
  reason: string | null;
  by: string | null;
  at: string;
}

/** A decided inspection laid out as the printed opinion (验收意见 / 检查意见) states it. */
export interface OpinionDto {
  project: {
    slug: string;
    title: LocalizedText;
    category: ProjectCategory | null;
    site: { slug: string; name: LocalizedText };
    buildings: { slug: string; name: LocalizedText }[];
  };
  kind: MilestoneKind;
  sequence: number;
  inspection: InspectionDto;
  /** A decided amendment of this opinion: the record a reader should now rely on. */
  correctedBy: OpinionCorrection | null;
  /** Where the record comes from: for a historical one, the report it was imported from. */
  sources: SourceDto[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function userName(db: Tx, id: string | null): string | null {
  return id ? (db.select({ name: user.name }).from(user).where(eq(user.id, id)).get()?.name ?? null) : null;
}

/**
 * The opinion of a decided inspection of a published project, read straight from the database;
 * null when the project is missing or unpublished, the id belongs to another project, or the
 * panel has not decided yet (a draft has no public page).
 */
export function readOpinion(
  db: Tx,
  projectSlug: string,
  inspectionId: number,
): (OpinionDto & { projectId: number; siteId: number }) | null {
  const p = db
    .select()
    .from(projects)
    .where(and(eq(projects.slug, projectSlug), eq(projects.published, true)))
    .get();
  if (!p || !Number.isSafeInteger(inspectionId)) return null;
  const row = db
    .select({ inspection: inspections, milestone: milestones })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .where(and(eq(inspections.id, inspectionId), eq(milestones.projectId, p.id)))
    .get();
  if (!row || !isDecided(row.inspection)) return null;
  const { inspection: i, milestone: m } = row;
  const site = db.select().from(sites).where(eq(sites.id, p.siteId)).get();
  if (!site) return null;

  const covered = db
    .select({ slug: buildings.slug, nameZh: buildings.nameZh, nameEn: buildings.nameEn })
    .from(projectBuildings)
    .innerJoin(buildings, eq(buildings.id, projectBuildings.buildingId))
    .where(eq(projectBuildings.projectId, p.id))
    .orderBy(asc(buildings.position))
    .all();
  // The latest decided correction; an undecided one (a draft) changes nothing yet.
  const correction = db
    .select()
    .from(inspections)
    .where(eq(inspections.amendsId, i.id))
    .orderBy(desc(inspections.id))
    .all()
    .find(isDecided);

  return {
    projectId: p.id,
    siteId: p.siteId,
    project: {
      slug: p.slug,
      title: named(p.titleZh, p.titleEn),
      category: p.category,
      site: { slug: site.slug, name: named(site.nameZh, site.nameEn) },
      buildings: covered.map((b) => ({ slug: b.slug, name: named(b.nameZh, b.nameEn) })),
    },
    kind: m.kind,
    sequence: m.sequence,
    inspection: describeInspections(db, [i]).get(i.id) as InspectionDto,
    correctedBy: correction
      ? {
          id: correction.id,
          date: correction.date,
          signedAt: iso(correction.signedAt),
          reason: correction.amendmentReason,
          by: userName(db, correction.createdBy),
          at: correction.createdAt.toISOString(),
        }
      : null,
    sources: loadSources(db, [
      { entity: 'inspection', ids: [i.id] },
      { entity: 'milestone', ids: [m.id] },
    ]),
  };
}

/** The printable opinion, cached per project: every write to the project's records revalidates it. */
export async function getOpinion(projectSlug: string, inspectionId: number): Promise<OpinionDto | null> {
  'use cache';
  cacheLife('hours');
  const found = readOpinion(getDb(), projectSlug, inspectionId);
  if (!found) {
    // Publishing a project or deciding an inspection touches these tags, so a miss is not kept.
    const p = getDb().select({ id: projects.id }).from(projects).where(eq(projects.slug, projectSlug)).get();
    cacheTag(cacheTags.projects, ...(p ? [cacheTags.project(p.id)] : []));
    return null;
  }
  const { projectId, siteId, ...opinion } = found;
  cacheTag(cacheTags.project(projectId), cacheTags.site(siteId));
  return opinion;
}
