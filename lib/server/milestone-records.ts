import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { inspectionAttendees, inspectionCriteria, inspections, milestones, rectificationItems } from '@/db/schema';
import type { InspectionDto, MilestoneDto } from '@/lib/api/dto';
import { ACCEPTANCE_CRITERIA, type ProjectStatus } from '@/lib/domain/codes';
import type { MilestoneFacts } from '@/lib/domain/milestones';
import { sortMilestones } from '@/lib/domain/milestones';
import { deriveProjectStatus } from '@/lib/domain/project-status';
import { loadOrganisations, localized } from './records';

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Milestones of many projects with their inspections, in a fixed number of statements
 * whatever the number of projects (no N+1), sorted in canonical order.
 */
export function loadMilestones(db: Tx, projectIds: number[]): Map<number, MilestoneDto[]> {
  if (!projectIds.length) return new Map();
  const ms = db.select().from(milestones).where(inArray(milestones.projectId, projectIds)).all();
  const msIds = ms.map((m) => m.id);
  // Amendments replace what they amend on the public record; the original stays in the data.
  const ins = msIds.length ? db.select().from(inspections).where(inArray(inspections.milestoneId, msIds)).all() : [];
  const amended = new Set(ins.map((i) => i.amendsId).filter((id) => id !== null));
  const current = ins.filter((i) => !amended.has(i.id));
  const insIds = current.map((i) => i.id);

  // No inspections, no statements: the loaders below run only with ids to look up.
  const byInspection = <T extends { inspectionId: number }>(load: () => T[]) =>
    groupBy(insIds.length ? load() : [], (row) => row.inspectionId);
  const criteria = byInspection(() => db.select().from(inspectionCriteria).where(inArray(inspectionCriteria.inspectionId, insIds)).all());
  const attendees = byInspection(() =>
    db
      .select()
      .from(inspectionAttendees)
      .where(inArray(inspectionAttendees.inspectionId, insIds))
      .orderBy(asc(inspectionAttendees.id))
      .all(),
  );
  const items = byInspection(() =>
    db.select().from(rectificationItems).where(inArray(rectificationItems.inspectionId, insIds)).orderBy(asc(rectificationItems.id)).all(),
  );

  const org = loadOrganisations(db, [
    ...current.map((i) => i.organiserId),
    ...[...attendees.values()].flat().map((a) => a.organisationId),
    ...[...items.values()].flat().map((r) => r.responsibleId),
  ]);

  const inspectionByMilestone = new Map<number, InspectionDto>(
    current.map((i) => [
      i.milestoneId,
      {
        id: i.id,
        verdict: i.verdict,
        date: i.date,
        organiser: org(i.organiserId),
        criteria: (criteria.get(i.id) ?? [])
          .map((c) => ({ criterion: c.criterion, grade: c.grade }))
          // In the order the opinions list them, not the order they were stored.
          .sort((a, b) => ACCEPTANCE_CRITERIA.indexOf(a.criterion) - ACCEPTANCE_CRITERIA.indexOf(b.criterion)),
        signedAt: i.signedAt ? i.signedAt.toISOString() : null,
        historical: i.historical,
        locked: i.lockedAt !== null,
        unanimous: i.unanimous,
        conclusion: localized(i.conclusionZh, i.conclusionEn),
        attendees: (attendees.get(i.id) ?? []).map((a) => ({
          role: a.role,
          organisation: org(a.organisationId),
        })),
        rectificationItems: (items.get(i.id) ?? []).map((r) => ({
          id: r.id,
          description: { zh: r.descriptionZh, en: r.descriptionEn },
          responsible: org(r.responsibleId),
          due: r.due,
          status: r.status,
        })),
      },
    ]),
  );

  const byProject = new Map<number, MilestoneDto[]>(projectIds.map((id) => [id, []]));
  for (const m of ms) {
    byProject.get(m.projectId)?.push({
      id: m.id,
      kind: m.kind,
      sequence: m.sequence,
      planned: m.planned,
      actual: m.actual,
      version: m.version,
      note: localized(m.noteZh, m.noteEn),
      inspection: inspectionByMilestone.get(m.id) ?? null,
    });
  }
  for (const [id, list] of byProject) byProject.set(id, sortMilestones(list));
  return byProject;
}

/** The plain facts the domain rules read. */
export function toMilestoneFacts(ms: MilestoneDto[]): MilestoneFacts[] {
  return ms.map((m) => ({
    id: m.id,
    kind: m.kind,
    sequence: m.sequence,
    planned: m.planned,
    actual: m.actual,
    inspection: m.inspection && {
      verdict: m.inspection.verdict,
      signed: m.inspection.signedAt !== null,
      historical: m.inspection.historical,
      rectificationItems: m.inspection.rectificationItems.map((r) => ({ status: r.status })),
    },
  }));
}

export function projectStatusOf(ms: MilestoneDto[]): ProjectStatus {
  return deriveProjectStatus(toMilestoneFacts(ms));
}
