/**
 * A project's status is derived from its milestones, never typed in, so it cannot drift from the
 * record. Only milestones with an actual date count: a plan is not progress.
 */
import type { BuildingStatus, ProjectStatus } from './codes';
import { type DoneMilestone, type MilestoneFacts, milestoneOrder } from './milestones';
import { comparePartialDates } from './partial-date';
import { decidedVerdict, follows, isInspectionKind } from './verdict-rules';

/**
 * Precedence, first match wins:
 * 1. archived: the archiving milestone is done.
 * 2. accepted: a final acceptance is done with a qualified verdict that stands (signed or historical).
 * 3. rectifying: the latest inspection with a standing verdict found it basically qualified with
 *    open or submitted rectification items, or unqualified (rework and a new inspection are due).
 * 4. the furthest step reached: construction complete or anything after it → awaiting_acceptance;
 *    construction start or a mid-term inspection → under_construction; plan approval or filing →
 *    plan_approved; project approval → approved; otherwise initiating.
 * Using the furthest step rather than the named one keeps records with gaps sensible (an imported
 * project with a recorded completion but no recorded start is not "initiating").
 */
export function deriveProjectStatus(milestones: MilestoneFacts[]): ProjectStatus {
  const done = milestones.filter((m): m is DoneMilestone => m.actual !== null);
  if (done.some((m) => m.kind === 'archived')) return 'archived';
  if (done.some((m) => m.kind === 'final_acceptance' && decidedVerdict(m)?.verdict === 'qualified')) return 'accepted';

  const latest = latestDecidedInspection(done);
  const decided = latest && decidedVerdict(latest);
  if (decided) {
    const open = decided.rectificationItems.some((r) => r.status !== 'closed');
    if (decided.verdict === 'unqualified' || (decided.verdict === 'basically_qualified' && open)) return 'rectifying';
  }

  const furthest = Math.max(0, ...done.map((m) => milestoneOrder(m.kind)));
  if (furthest >= milestoneOrder('construction_complete')) return 'awaiting_acceptance';
  if (furthest >= milestoneOrder('construction_start')) return 'under_construction';
  if (furthest >= milestoneOrder('plan_approval')) return 'plan_approved';
  // A submitted plan does not make an approved project (maintenance is never approved at all).
  if (done.some((m) => m.kind === 'project_approval')) return 'approved';
  return 'initiating';
}

/** Latest by date; at the same time, the later step, then the later of one kind. */
function latestDecidedInspection(done: DoneMilestone[]): DoneMilestone | null {
  let latest: DoneMilestone | null = null;
  for (const m of done) {
    if (!isInspectionKind(m.kind) || !decidedVerdict(m)) continue;
    if (latest === null || isLater(m, latest)) latest = m;
  }
  return latest;
}

function isLater(a: DoneMilestone, b: DoneMilestone): boolean {
  const c = comparePartialDates(a.actual, b.actual);
  if (c !== 0) return c > 0;
  const step = milestoneOrder(a.kind) - milestoneOrder(b.kind);
  return step !== 0 ? step > 0 : follows(a, b);
}

const IN_PROGRESS: readonly ProjectStatus[] = ['plan_approved', 'under_construction', 'awaiting_acceptance', 'rectifying'];

/**
 * A building's status on the site plan from the projects covering it: restored if any of them was
 * accepted, else in progress, else initiating, else not started. A restored building keeps showing
 * as restored while a later project on it is under way.
 */
export function deriveBuildingStatus(projectStatuses: ProjectStatus[]): BuildingStatus {
  if (projectStatuses.some((s) => s === 'accepted' || s === 'archived')) return 'restored';
  if (projectStatuses.some((s) => IN_PROGRESS.includes(s))) return 'in_progress';
  if (projectStatuses.some((s) => s === 'initiating' || s === 'approved')) return 'initiating';
  return 'not_started';
}
