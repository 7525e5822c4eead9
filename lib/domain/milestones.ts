/**
 * Rules 1–5 of DOMAIN.md ("Rules between milestones") over plain milestone facts.
 * Only milestones that carry the dates a rule needs are compared: a missing date is unknown, not wrong.
 */
import {
  MILESTONE_KINDS,
  type MilestoneKind,
  type ProjectCategory,
  REPEATABLE_MILESTONE_KINDS,
  type RectificationStatus,
  type Verdict,
} from './codes';
import { comparePartialDates, type PartialDate } from './partial-date';
import { finding, type RuleFinding, type RuleName } from './rule-finding';
import { checkVerdicts } from './verdict-rules';

export interface MilestoneFacts {
  id: number;
  kind: MilestoneKind;
  planned: PartialDate | null;
  actual: PartialDate | null;
  /** The stated order among milestones of one repeatable kind (1st, 2nd mid-term inspection …). */
  sequence?: number | null;
  inspection: null | {
    verdict: Verdict | null;
    signed: boolean;
    /** imported from a historical record (e.g. a newspaper report) rather than entered through the panel workflow */
    historical: boolean;
    rectificationItems: { status: RectificationStatus }[];
  };
}

export interface ProjectFacts {
  category: ProjectCategory;
  milestones: MilestoneFacts[];
}

export type { RuleFinding, RuleName } from './rule-finding';
export { follows, isInspectionKind } from './verdict-rules';

/** A milestone known to have happened. */
export type DoneMilestone = MilestoneFacts & { actual: PartialDate };

/** 1–12, the step number of DOMAIN.md. */
export function milestoneOrder(kind: MilestoneKind): number {
  return MILESTONE_KINDS.indexOf(kind) + 1;
}

export function isRepeatableKind(kind: MilestoneKind): boolean {
  return REPEATABLE_MILESTONE_KINDS.includes(kind);
}

type Sortable = { kind: MilestoneKind; actual: PartialDate | null; planned: PartialDate | null; sequence?: number | null };

/**
 * Canonical order; milestones of one kind by date (actual, else planned), then by sequence when
 * the dates cannot tell them apart (2020-08 and 2020-08-13), undated ones last. Returns a new array.
 * Where stated sequences contradict the dates (a fault rule 1 reports) the order among those few
 * milestones is unspecified: "same time" at mixed precisions is not transitive.
 */
export function sortMilestones<T extends Sortable>(ms: T[]): T[] {
  return [...ms].sort((a, b) => milestoneOrder(a.kind) - milestoneOrder(b.kind) || compareWithinKind(a, b));
}

function compareWithinKind(a: Sortable, b: Sortable): number {
  const da = a.actual ?? a.planned;
  const db = b.actual ?? b.planned;
  if (da === null || db === null) {
    if (da !== db) return da === null ? 1 : -1;
  } else {
    const c = comparePartialDates(da, db);
    if (c !== 0) return c;
  }
  const bySequence = (a.sequence ?? 0) - (b.sequence ?? 0);
  if (bySequence !== 0) return bySequence;
  // Still tied: the coarser date first, so the result does not depend on the input order.
  return da === null || db === null || da === db ? 0 : da < db ? -1 : 1;
}

const APPROVAL_CHAIN = pairs([
  ['project_approval', 'plan_approval'],
  ['plan_approval', 'construction_start'],
  ['project_approval', 'construction_start'],
]);
const MIDTERM_WINDOW = pairs([
  ['construction_start', 'midterm_inspection'],
  ['midterm_inspection', 'construction_complete'],
]);
const ACCEPTANCE_ORDER = pairs([
  ['construction_complete', 'preliminary_acceptance'],
  ['preliminary_acceptance', 'final_acceptance'],
]);

function pairs(list: [MilestoneKind, MilestoneKind][]): Set<string> {
  return new Set(list.map(([a, b]) => `${a}>${b}`));
}

/** Steps 1–5 are paperwork before the works; 6–12 are the works and what follows them. */
const LAST_APPROVAL_STEP = milestoneOrder('plan_filing');

/**
 * Which rule owns the pair "a should not be after b" (a earlier in canonical order), and how hard.
 * Each pair belongs to exactly one rule so that one wrong date does not show the same fault twice.
 */
function pairRule(
  category: ProjectCategory,
  a: MilestoneKind,
  b: MilestoneKind,
): { rule: RuleName; severity: RuleFinding['severity'] } | null {
  // Repeatable kinds interleave (a second preliminary acceptance follows the first rectification),
  // so the canonical order says nothing between two of them.
  if (isRepeatableKind(a) && isRepeatableKind(b)) return null;
  const key = `${a}>${b}`;
  const emergency = category === 'emergency_reinforcement';
  if (APPROVAL_CHAIN.has(key)) {
    // Maintenance is filed, not approved, so there is no approval chain to keep.
    if (category === 'maintenance') return null;
    return { rule: 'approval_before_start', severity: emergency ? 'warning' : 'error' };
  }
  if (MIDTERM_WINDOW.has(key)) return { rule: 'midterm_window', severity: 'error' };
  if (ACCEPTANCE_ORDER.has(key)) return { rule: 'acceptance_order', severity: 'error' };
  // An emergency may start before any paperwork, so all of it may trail the works (rule 2's spirit).
  const paperworkAfterWorks = milestoneOrder(a) <= LAST_APPROVAL_STEP && milestoneOrder(b) > LAST_APPROVAL_STEP;
  return { rule: 'order', severity: emergency && paperworkAfterWorks ? 'warning' : 'error' };
}

function checkDateOrder(project: ProjectFacts, done: DoneMilestone[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const firstOf = (kind: MilestoneKind) => done.find((m) => m.kind === kind);
  for (const a of done) {
    for (const b of done) {
      if (a === b || comparePartialDates(b.actual, a.actual) >= 0) continue;
      // Here b is dated before a; a fault if b belongs after a.
      if (a.kind === b.kind) {
        // Repeatable kinds keep their stated order (the 2nd inspection is not before the 1st).
        if (a.sequence != null && b.sequence != null && a.sequence < b.sequence) {
          out.push(finding('order', 'error', [b.id, a.id], pairValues(b, a)));
        }
        continue;
      }
      if (milestoneOrder(a.kind) >= milestoneOrder(b.kind)) continue;
      const owner = pairRule(project.category, a.kind, b.kind);
      if (!owner) continue;
      if (owner.rule === 'midterm_window') {
        const midterm = a.kind === 'midterm_inspection' ? a : b;
        out.push(
          finding(owner.rule, owner.severity, [midterm.id, midterm === a ? b.id : a.id], {
            date: midterm.actual,
            start: firstOf('construction_start')?.actual ?? '',
            end: firstOf('construction_complete')?.actual ?? '',
          }),
        );
      } else {
        out.push(finding(owner.rule, owner.severity, [b.id, a.id], pairValues(b, a)));
      }
    }
  }
  return out;
}

/** `kind` is the milestone dated too early, `otherKind` the one it should not precede. */
function pairValues(early: DoneMilestone, other: DoneMilestone): Record<string, string> {
  return { kind: early.kind, date: early.actual, otherKind: other.kind, otherDate: other.actual };
}

/** All findings of rules 1–5 for a project, errors and warnings alike. */
export function checkMilestones(project: ProjectFacts): RuleFinding[] {
  const done = project.milestones.filter((m): m is DoneMilestone => m.actual !== null);
  return [...checkDateOrder(project, done), ...checkVerdicts(done)];
}

/** The project as it would be after the change: the milestone with the same id replaced, else added. */
export function applyMilestoneChange(project: ProjectFacts, change: MilestoneFacts): ProjectFacts {
  const exists = project.milestones.some((m) => m.id === change.id);
  const milestones = exists ? project.milestones.map((m) => (m.id === change.id ? change : m)) : [...project.milestones, change];
  return { ...project, milestones };
}

function findingKey(f: RuleFinding): string {
  return `${f.rule}:${[...f.milestoneIds].sort((x, y) => x - y).join(',')}`;
}

/**
 * The findings a change would introduce: present afterwards and not before (same rule, same
 * milestones), or raised from warning to error. Faults already on record do not block unrelated edits.
 */
export function checkMilestoneChange(project: ProjectFacts, change: MilestoneFacts): RuleFinding[] {
  const before = new Map<string, RuleFinding['severity']>();
  for (const f of checkMilestones(project)) {
    const key = findingKey(f);
    if (before.get(key) !== 'error') before.set(key, f.severity);
  }
  return checkMilestones(applyMilestoneChange(project, change)).filter((f) => {
    const was = before.get(findingKey(f));
    return was === undefined || (was === 'warning' && f.severity === 'error');
  });
}
