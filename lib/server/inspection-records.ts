import 'server-only';
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import {
  type Inspection,
  inspectionAttendees,
  inspectionCriteria,
  inspectionFindings,
  inspections,
  panelMembers,
  rectificationItems,
  signatures,
  user,
} from '@/db/schema';
import type { InspectionDto } from '@/lib/api/dto';
import { byCriterionOrder } from '@/lib/domain/panel';
import { groupBy, loadOrganisations, localized } from './records';

/** Signed by the whole panel, or imported from a published record: what it says stands. */
export const isDecided = (i: Pick<Inspection, 'lockedAt' | 'historical'>) => i.lockedAt !== null || i.historical;

/** The same two rules in SQL, for queries over many inspections: decided, and not corrected by a decided amendment. */
export const isCurrentDecided = and(
  or(isNotNull(inspections.lockedAt), eq(inspections.historical, true)),
  sql`not exists (select 1 from inspections as later where later.amends_id = ${inspections.id} and (later.locked_at is not null or later.historical = 1))`,
);

/**
 * Of an amendment chain, the record a reader sees: an amendment replaces what it amends once it
 * is decided itself; until then (a draft correction) the original stands. Both stay in the data.
 */
export function currentInspections(rows: Inspection[]): Inspection[] {
  const superseded = new Set(rows.filter((i) => i.amendsId !== null && isDecided(i)).map((i) => i.amendsId));
  return rows.filter((i) => !superseded.has(i.id) && (i.amendsId === null || isDecided(i)));
}

/**
 * The public inspection of each milestone, in a fixed number of statements however many there
 * are (no N+1). A scheduled, undecided inspection shows only when and by whom it is organised.
 */
export function loadPublicInspections(db: Tx, milestoneIds: number[]): Map<number, InspectionDto> {
  const all = milestoneIds.length ? db.select().from(inspections).where(inArray(inspections.milestoneId, milestoneIds)).all() : [];
  const current = currentInspections(all);
  const described = describeInspections(db, current);
  return new Map(current.map((i) => [i.milestoneId, described.get(i.id) as InspectionDto]));
}

/**
 * These inspections as the public reads them, by inspection id, in a fixed number of statements.
 * Undecided ones keep their content to themselves. An opinion page uses it for one record,
 * whether or not a correction has since replaced it.
 */
export function describeInspections(db: Tx, rows: Inspection[]): Map<number, InspectionDto> {
  const decidedIds = rows.filter(isDecided).map((i) => i.id);
  const ids = rows.map((i) => i.id);

  // No inspections, no statements: each loader runs only with ids to look up.
  const byInspection = <T extends { inspectionId: number }>(wanted: number[], load: (ids: number[]) => T[]) =>
    groupBy(wanted.length ? load(wanted) : [], (row) => row.inspectionId);
  const attendees = byInspection(ids, (w) =>
    db.select().from(inspectionAttendees).where(inArray(inspectionAttendees.inspectionId, w)).orderBy(asc(inspectionAttendees.id)).all(),
  );
  const criteria = byInspection(decidedIds, (w) =>
    db.select().from(inspectionCriteria).where(inArray(inspectionCriteria.inspectionId, w)).all(),
  );
  const findings = byInspection(decidedIds, (w) =>
    db
      .select()
      .from(inspectionFindings)
      .where(inArray(inspectionFindings.inspectionId, w))
      .orderBy(asc(inspectionFindings.position), asc(inspectionFindings.id))
      .all(),
  );
  const items = byInspection(decidedIds, (w) =>
    db.select().from(rectificationItems).where(inArray(rectificationItems.inspectionId, w)).orderBy(asc(rectificationItems.id)).all(),
  );
  const panel = byInspection(decidedIds, (w) =>
    db
      .select({
        inspectionId: panelMembers.inspectionId,
        name: panelMembers.displayName,
        chair: panelMembers.chair,
        signedAt: signatures.signedAt,
      })
      .from(panelMembers)
      .leftJoin(signatures, eq(signatures.panelMemberId, panelMembers.id))
      .where(inArray(panelMembers.inspectionId, w))
      .orderBy(asc(panelMembers.id))
      .all(),
  );
  const amendedIds = rows.flatMap((i) => (i.amendsId === null ? [] : [i.amendsId]));
  const originals = new Map(
    amendedIds.length
      ? db
          .select()
          .from(inspections)
          .where(inArray(inspections.id, amendedIds))
          .all()
          .map((i) => [i.id, i])
      : [],
  );
  const creatorIds = rows.flatMap((i) => (i.amendsId !== null && i.createdBy ? [i.createdBy] : []));
  const creators = new Map(
    creatorIds.length
      ? db
          .select({ id: user.id, name: user.name })
          .from(user)
          .where(inArray(user.id, creatorIds))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );

  const org = loadOrganisations(db, [
    ...rows.map((i) => i.organiserId),
    ...[...attendees.values()].flat().map((a) => a.organisationId),
    ...[...items.values()].flat().map((r) => r.responsibleId),
  ]);

  return new Map(
    rows.map((i): [number, InspectionDto] => {
      const decided = isDecided(i);
      const original = i.amendsId === null ? undefined : originals.get(i.amendsId);
      return [
        i.id,
        {
          id: i.id,
          decided,
          verdict: decided ? i.verdict : null,
          date: i.date,
          organiser: org(i.organiserId),
          criteria: (criteria.get(i.id) ?? []).map((c) => ({ criterion: c.criterion, grade: c.grade })).sort(byCriterionOrder),
          signedAt: i.signedAt ? i.signedAt.toISOString() : null,
          historical: i.historical,
          locked: i.lockedAt !== null,
          unanimous: decided ? i.unanimous : null,
          conclusion: decided ? localized(i.conclusionZh, i.conclusionEn) : null,
          attendees: (attendees.get(i.id) ?? []).map((a) => ({ role: a.role, organisation: org(a.organisationId) })),
          rectificationItems: (items.get(i.id) ?? []).map((r) => ({
            id: r.id,
            description: { zh: r.descriptionZh, en: r.descriptionEn },
            responsible: org(r.responsibleId),
            due: r.due,
            status: r.status,
          })),
          dissent: decided ? i.dissent : null,
          findings: (findings.get(i.id) ?? [])
            .map((f) => ({ criterion: f.criterion, text: { zh: f.textZh, en: f.textEn } }))
            .sort(byCriterionOrder),
          panel: (panel.get(i.id) ?? []).map((m) => ({
            name: m.name,
            chair: m.chair,
            signedAt: m.signedAt ? m.signedAt.toISOString() : null,
          })),
          amends: original
            ? {
                id: original.id,
                date: original.date,
                signedAt: original.signedAt ? original.signedAt.toISOString() : null,
                reason: i.amendmentReason,
                by: i.createdBy ? (creators.get(i.createdBy) ?? null) : null,
                at: i.createdAt.toISOString(),
              }
            : null,
        },
      ];
    }),
  );
}
