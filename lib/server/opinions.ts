import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import type { Tx } from '@/db/audit';
import { getDb } from '@/db/client';
import {
  buildings,
  type Inspection,
  inspectionAttendees,
  inspectionCriteria,
  inspectionFindings,
  inspections,
  milestones,
  panelMembers,
  projectBuildings,
  projects,
  rectificationItems,
  signatures,
  sites,
  user,
} from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { InspectionDto, LocalizedText, SourceDto } from '@/lib/api/dto';
import { ACCEPTANCE_CRITERIA, type MilestoneKind, type ProjectCategory } from '@/lib/domain/codes';
import { isDecided } from './inspection-records';
import { loadOrganisations, loadSources, localized, named } from './records';

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

const byCriterionOrder = <T extends { criterion: (typeof ACCEPTANCE_CRITERIA)[number] }>(a: T, b: T) =>
  ACCEPTANCE_CRITERIA.indexOf(a.criterion) - ACCEPTANCE_CRITERIA.indexOf(b.criterion);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function userName(db: Tx, id: string | null): string | null {
  return id ? (db.select({ name: user.name }).from(user).where(eq(user.id, id)).get()?.name ?? null) : null;
}

/**
 * One decided inspection as the public reads it, whether or not a correction has since replaced
 * it. `loadPublicInspections` shows only the current record of each milestone; an opinion page
 * must also show a superseded original, which a correction links to.
 */
function publicInspection(db: Tx, i: Inspection): InspectionDto {
  const attendees = db
    .select()
    .from(inspectionAttendees)
    .where(eq(inspectionAttendees.inspectionId, i.id))
    .orderBy(asc(inspectionAttendees.id))
    .all();
  const criteria = db.select().from(inspectionCriteria).where(eq(inspectionCriteria.inspectionId, i.id)).all();
  const findings = db
    .select()
    .from(inspectionFindings)
    .where(eq(inspectionFindings.inspectionId, i.id))
    .orderBy(asc(inspectionFindings.position), asc(inspectionFindings.id))
    .all();
  const items = db
    .select()
    .from(rectificationItems)
    .where(eq(rectificationItems.inspectionId, i.id))
    .orderBy(asc(rectificationItems.id))
    .all();
  const panel = db
    .select({ name: panelMembers.displayName, chair: panelMembers.chair, signedAt: signatures.signedAt })
    .from(panelMembers)
    .leftJoin(signatures, eq(signatures.panelMemberId, panelMembers.id))
    .where(eq(panelMembers.inspectionId, i.id))
    .orderBy(asc(panelMembers.id))
    .all();
  const original = i.amendsId === null ? undefined : db.select().from(inspections).where(eq(inspections.id, i.amendsId)).get();
  const org = loadOrganisations(db, [i.organiserId, ...attendees.map((a) => a.organisationId), ...items.map((r) => r.responsibleId)]);

  return {
    id: i.id,
    decided: true,
    verdict: i.verdict,
    date: i.date,
    organiser: org(i.organiserId),
    criteria: criteria.map((c) => ({ criterion: c.criterion, grade: c.grade })).sort(byCriterionOrder),
    signedAt: iso(i.signedAt),
    historical: i.historical,
    locked: i.lockedAt !== null,
    unanimous: i.unanimous,
    conclusion: localized(i.conclusionZh, i.conclusionEn),
    attendees: attendees.map((a) => ({ role: a.role, organisation: org(a.organisationId) })),
    rectificationItems: items.map((r) => ({
      id: r.id,
      description: { zh: r.descriptionZh, en: r.descriptionEn },
      responsible: org(r.responsibleId),
      due: r.due,
      status: r.status,
    })),
    dissent: i.dissent,
    findings: findings.map((f) => ({ criterion: f.criterion, text: { zh: f.textZh, en: f.textEn } })).sort(byCriterionOrder),
    panel: panel.map((m) => ({ name: m.name, chair: m.chair, signedAt: iso(m.signedAt) })),
    amends: original
      ? {
          id: original.id,
          date: original.date,
          signedAt: iso(original.signedAt),
          reason: i.amendmentReason,
          by: userName(db, i.createdBy),
          at: i.createdAt.toISOString(),
        }
      : null,
  };
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
    inspection: publicInspection(db, i),
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
