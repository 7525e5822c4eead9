/**
 * A project's milestones as whole days, in the canonical order of DOMAIN.md, up to the stage the
 * project has reached; the next steps are planned, not done. Built so that the rules of
 * lib/domain/milestones.ts hold: actual dates never go backwards, approvals precede the works
 * (an emergency may start first: a warning, not an error), a mid-term inspection falls within the
 * works, every 不合格 is followed by a re-inspection before the step that closes its window, and a
 * passed final acceptance finds every rectification item closed.
 */
import type { MilestoneKind, ProjectCategory, Verdict } from '../../lib/domain/codes';
import { AS_OF_DAY, dayOf } from './dates';
import { picker, type Rng } from './prng';
import { MIDTERM_VERDICTS, PRELIMINARY_VERDICTS, type Stage } from './proportions';

export interface Step {
  kind: MilestoneKind;
  sequence: number;
  actual: number | null;
  planned: number | null;
  inspection: null | {
    verdict: Verdict;
    /** The day by which its rectification items were verified closed, or null while they are still being worked on. */
    closedBy: number | null;
  };
}

const pickMidterm = picker(MIDTERM_VERDICTS);
const pickPreliminary = picker(PRELIMINARY_VERDICTS);
/** A rectification needs time: whatever follows a verdict with items comes at least this many days later. */
const AFTER_ITEMS = 45;
/** Steps that a verdict's items must be closed before, once they are done. */
const GATES: readonly MilestoneKind[] = [
  'midterm_inspection',
  'construction_complete',
  'preliminary_acceptance',
  'rectification_closed',
  'final_acceptance',
];
const EARLIEST_DAY = dayOf('1998-01-01');

class Builder {
  readonly steps: Step[] = [];
  private day = 0;
  private readonly sequences = new Map<MilestoneKind, number>();

  constructor(private readonly rng: Rng) {}

  private sequence(kind: MilestoneKind): number {
    const n = (this.sequences.get(kind) ?? 0) + 1;
    this.sequences.set(kind, n);
    return n;
  }

  private gap(min: number, max: number): number {
    const last = this.steps.at(-1);
    const afterItems = last?.inspection && last.inspection.verdict !== 'qualified';
    return this.rng.int(afterItems ? Math.max(min, AFTER_ITEMS) : min, afterItems ? Math.max(max, AFTER_ITEMS + 30) : max);
  }

  done(kind: MilestoneKind, min: number, max: number, verdict?: Verdict): void {
    this.day += this.steps.length ? this.gap(min, max) : 0;
    this.steps.push({
      kind,
      sequence: this.sequence(kind),
      actual: this.day,
      planned: null,
      inspection: verdict ? { verdict, closedBy: null } : null,
    });
  }

  /** The next steps, planned some months apart from the last one done. */
  plan(...kinds: MilestoneKind[]): void {
    let day = this.day;
    for (const kind of kinds) {
      day += this.rng.int(45, 300);
      this.steps.push({ kind, sequence: this.sequence(kind), actual: null, planned: this.rng.chance(0.85) ? day : null, inspection: null });
    }
  }
}

/** Items of a verdict are closed by the next gate that is done after it; without one they are still open. */
function closeItems(steps: Step[]): void {
  steps.forEach((s, i) => {
    if (!s.inspection || s.inspection.verdict === 'qualified' || s.actual === null) return;
    const gate = steps.slice(i + 1).find((n) => n.actual !== null && GATES.includes(n.kind));
    s.inspection.closedBy = gate?.actual ?? null;
  });
}

/** Moves the relative days to the calendar: finished projects anywhere since 1998 (more of them lately), others ending recently. */
function place(rng: Rng, steps: Step[], finished: boolean): void {
  const dates = steps.flatMap((s) => [s.actual, s.planned]).filter((d): d is number => d !== null);
  const lastDone = Math.max(0, ...steps.flatMap((s) => (s.actual === null ? [] : [s.actual])));
  const span = lastDone - Math.min(0, ...dates);
  let end: number;
  if (finished) {
    const lo = EARLIEST_DAY + span;
    const hi = AS_OF_DAY - 20;
    end = lo >= hi ? hi : Math.round(lo + (hi - lo) * Math.sqrt(rng.next()));
  } else if (steps.some((s) => s.actual !== null)) {
    end = AS_OF_DAY - rng.int(20, 420);
  } else {
    // Nothing done yet: the first step is planned around now.
    end = AS_OF_DAY - rng.int(-30, 200);
  }
  const shift = end - lastDone;
  for (const s of steps) {
    if (s.actual !== null) s.actual += shift;
    if (s.planned !== null) s.planned += shift;
    if (s.inspection?.closedBy != null) s.inspection.closedBy += shift;
  }
}

/** Most done steps also had a planned date, a little before or after the day they happened. */
function plannedForDone(rng: Rng, steps: Step[]): void {
  for (const s of steps) if (s.actual !== null && rng.chance(0.5)) s.planned = s.actual + rng.int(-90, 30);
}

function maintenance(b: Builder, rng: Rng, stage: Stage): void {
  const submitted = rng.chance(0.6);
  if (stage === 'initiating') {
    if (submitted && rng.chance(0.5)) b.done('plan_submitted', 0, 0);
    else if (submitted) b.plan('plan_submitted');
    b.plan('plan_filing', 'construction_start');
    return;
  }
  if (submitted) b.done('plan_submitted', 0, 0);
  b.done('plan_filing', 20, 120);
  if (stage === 'approved' || stage === 'plan_approved') {
    b.plan('construction_start', 'construction_complete');
    return;
  }
  b.done('construction_start', 15, 200);
  if (stage === 'under_construction') {
    b.plan('construction_complete', 'final_acceptance');
    return;
  }
  b.done('construction_complete', 20, 240);
  if (stage === 'awaiting_acceptance' || stage === 'rectifying') {
    b.plan('final_acceptance', 'archived');
    return;
  }
  b.done('final_acceptance', 30, 300, 'qualified');
  if (stage === 'accepted') b.plan('archived');
  else b.done('archived', 30, 365);
}

/** Up to the plan's approval: the paperwork of rules 1–2, then the next steps planned. */
function paperwork(b: Builder, rng: Rng, stage: Stage): boolean {
  const proposal = rng.chance(0.85);
  if (stage === 'initiating') {
    if (proposal && rng.chance(0.7)) b.done('proposal_submitted', 0, 0);
    else if (proposal) b.plan('proposal_submitted');
    b.plan('project_approval', 'plan_approval');
    return false;
  }
  if (proposal) b.done('proposal_submitted', 0, 0);
  b.done('project_approval', 30, 240);
  const planSubmitted = rng.chance(0.8);
  if (stage === 'approved') {
    if (planSubmitted && rng.chance(0.5)) b.done('plan_submitted', 30, 300);
    else if (planSubmitted) b.plan('plan_submitted');
    b.plan('plan_approval', 'construction_start');
    return false;
  }
  if (planSubmitted) b.done('plan_submitted', 30, 300);
  b.done('plan_approval', 30, 200);
  if (stage === 'plan_approved') {
    b.plan('construction_start', 'construction_complete');
    return false;
  }
  return true;
}

/** From the start of the works to completion, with the mid-term inspection between (rule 3). */
function construction(b: Builder, rng: Rng, stage: Stage): boolean {
  b.done('construction_start', 30, 400);
  const midterm = rng.chance(0.8);
  if (midterm) {
    const first = pickMidterm(rng);
    b.done('midterm_inspection', 30, 200, first);
    // Past the works, a failed mid-term inspection must have been repeated; during them it may still be due.
    if (first === 'unqualified' && (stage !== 'under_construction' || rng.chance(0.5)))
      b.done('midterm_inspection', 30, 150, rng.chance(0.85) ? 'qualified' : 'basically_qualified');
  }
  if (stage === 'under_construction') {
    if (!midterm) b.plan('midterm_inspection');
    b.plan('construction_complete', 'preliminary_acceptance', 'final_acceptance');
    return false;
  }
  b.done('construction_complete', 30, 300);
  return true;
}

/** Acceptance (rules 4–5): a final acceptance waits for a passed preliminary one, and after it the archive. */
function acceptance(b: Builder, rng: Rng, stage: Stage): void {
  if (stage === 'awaiting_acceptance') {
    if (rng.chance(0.4)) b.done('preliminary_acceptance', 15, 180, 'qualified');
    else b.plan('preliminary_acceptance');
    b.plan('final_acceptance');
    return;
  }
  if (stage === 'rectifying') {
    b.done('preliminary_acceptance', 15, 180, rng.chance(0.8) ? 'basically_qualified' : 'unqualified');
    b.plan('rectification_closed', 'preliminary_acceptance', 'final_acceptance');
    return;
  }
  if (rng.chance(0.95)) {
    const first = pickPreliminary(rng);
    b.done('preliminary_acceptance', 15, 180, first);
    if (first !== 'qualified') {
      b.done('rectification_closed', 30, 150);
      b.done('preliminary_acceptance', 10, 60, 'qualified');
    }
  }
  b.done('final_acceptance', 60, 720, 'qualified');
  if (stage === 'accepted') b.plan('archived');
  else b.done('archived', 30, 365);
}

/**
 * An emergency may start before its paperwork (rule 2 warns, does not block): in some emergency
 * projects under way or past, the works start right after the proposal, before the approvals.
 */
function startFirst(steps: Step[], rng: Rng): void {
  const start = steps.find((s) => s.kind === 'construction_start');
  const approval = steps.find((s) => s.kind === 'project_approval');
  if (!start?.actual || !approval?.actual) return;
  const proposal = steps.find((s) => s.kind === 'proposal_submitted' && s.actual !== null);
  start.actual =
    proposal?.actual != null ? Math.min(proposal.actual + rng.int(1, 10), approval.actual - 1) : approval.actual - rng.int(5, 40);
}

export function planTimeline(rng: Rng, category: ProjectCategory, stage: Stage): Step[] {
  const b = new Builder(rng);
  if (category === 'maintenance') maintenance(b, rng, stage);
  else if (paperwork(b, rng, stage) && construction(b, rng, stage)) acceptance(b, rng, stage);
  const steps = b.steps;
  if (category === 'emergency_reinforcement' && rng.chance(0.3)) startFirst(steps, rng);
  closeItems(steps);
  place(rng, steps, stage === 'accepted' || stage === 'archived');
  plannedForDone(rng, steps);
  return steps;
}
