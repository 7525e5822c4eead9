import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { milestones } from '@/db/schema';
import type { MilestoneDto } from '@/lib/api/dto';
import type { ProjectStatus } from '@/lib/domain/codes';
import type { MilestoneFacts } from '@/lib/domain/milestones';
import { sortMilestones } from '@/lib/domain/milestones';
import { deriveProjectStatus } from '@/lib/domain/project-status';
import { loadPublicInspections } from './inspection-records';
import { localized } from './records';

/**
 * Milestones of many projects with their inspections, in a fixed number of statements
 * whatever the number of projects (no N+1), sorted in canonical order.
 */
export function loadMilestones(db: Tx, projectIds: number[]): Map<number, MilestoneDto[]> {
  if (!projectIds.length) return new Map();
  const ms = db.select().from(milestones).where(inArray(milestones.projectId, projectIds)).all();
  const inspectionByMilestone = loadPublicInspections(
    db,
    ms.map((m) => m.id),
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
      signed: m.inspection.locked && !m.inspection.historical,
      historical: m.inspection.historical,
      rectificationItems: m.inspection.rectificationItems.map((r) => ({ status: r.status })),
    },
  }));
}

export function projectStatusOf(ms: MilestoneDto[]): ProjectStatus {
  return deriveProjectStatus(toMilestoneFacts(ms));
}
