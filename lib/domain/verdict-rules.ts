/**
 * Rule 5 of DOMAIN.md: what an inspection or acceptance needs before it counts as done, and what
 * its verdict obliges afterwards. Historical imports (newspaper reports, old files) record what
 * happened without the panel workflow, so their gaps warn instead of blocking.
 */
import { INSPECTION_KINDS, type InspectionKind, type MilestoneKind, type Verdict } from './codes';
import type { DoneMilestone, MilestoneFacts } from './milestones';
import { comparePartialDates } from './partial-date';
import { finding, type RuleFinding } from './rule-finding';

export function isInspectionKind(kind: MilestoneKind): kind is InspectionKind {
  return (INSPECTION_KINDS as readonly MilestoneKind[]).includes(kind);
}

/** Whether `a` comes after `b` of the same kind: by date, else by stated sequence, else by id. */
export function follows(a: DoneMilestone, b: DoneMilestone): boolean {
  const c = comparePartialDates(a.actual, b.actual);
  if (c !== 0) return c > 0;
  if (a.sequence != null && b.sequence != null && a.sequence !== b.sequence) return a.sequence > b.sequence;
  return a.id > b.id;
}

/**
 * A verdict that stands: signed by the panel, or taken from a historical record, which has no panel
 * signature in this system but is a fact all the same. An unsigned draft decides nothing yet.
 */
export function decidedVerdict(m: Pick<MilestoneFacts, 'inspection'>): DecidedInspection | null {
  const ins = m.inspection;
  if (!ins || ins.verdict === null || !(ins.signed || ins.historical)) return null;
  return { ...ins, verdict: ins.verdict };
}

export type DecidedInspection = NonNullable<MilestoneFacts['inspection']> & { verdict: Verdict };

/** The milestone after which a missing re-inspection of each kind can no longer happen in time. */
const WINDOW_CLOSER: Record<InspectionKind, MilestoneKind> = {
  midterm_inspection: 'construction_complete',
  preliminary_acceptance: 'final_acceptance',
  final_acceptance: 'archived',
};

export function checkVerdicts(done: DoneMilestone[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const m of done) {
    if (!isInspectionKind(m.kind)) continue;
    const at = { kind: m.kind, date: m.actual };
    const ins = decidedVerdict(m);
    if (!ins) {
      // A historical record may say an inspection took place without saying its verdict.
      const severity = m.inspection?.historical ? 'warning' : 'error';
      out.push(finding('verdict_required', severity, [m.id], at));
      continue;
    }
    const { verdict } = ins;
    if (verdict !== 'qualified' && ins.rectificationItems.length === 0) {
      out.push(finding('rectification_required', ins.historical ? 'warning' : 'error', [m.id], { ...at, verdict }));
    }
    if (verdict === 'unqualified') out.push(...checkReinspection(m, m.kind, done));
    if (verdict === 'qualified' && m.kind === 'final_acceptance') out.push(...checkOpenItems(m, ins.historical, done));
  }
  return out;
}

/**
 * After `unqualified` another inspection of the kind must follow. Until the step that closes its
 * window (completion for a mid-term inspection, final acceptance for a preliminary one, archiving
 * for a final one) it may simply not have happened yet: a warning, as a reminder. Once that step is
 * done without it, the sequence is wrong: an error.
 */
function checkReinspection(m: DoneMilestone, kind: InspectionKind, done: DoneMilestone[]): RuleFinding[] {
  if (done.some((o) => o.kind === kind && o !== m && follows(o, m))) return [];
  const closer = done.find((o) => o.kind === WINDOW_CLOSER[kind]);
  const values = { kind, date: m.actual };
  if (!closer) return [finding('reinspection_required', 'warning', [m.id], values)];
  return [
    finding('reinspection_required', 'error', [m.id, closer.id], {
      ...values,
      otherKind: closer.kind,
      otherDate: closer.actual,
    }),
  ];
}

/**
 * A passed final acceptance needs every earlier rectification item closed ("submitted" still awaits
 * verification). Items that are missing altogether on a historical inspection are already reported
 * by rectification_required; reporting them again here would show one gap twice. A historical final
 * acceptance passed in fact whatever the items here say, so open items on it only warn.
 */
function checkOpenItems(m: DoneMilestone, historical: boolean, done: DoneMilestone[]): RuleFinding[] {
  const earlier = done.filter((o) => o !== m && o.inspection && (o.kind !== 'final_acceptance' || follows(m, o)));
  const withOpen = earlier.filter((o) => o.inspection?.rectificationItems.some((r) => r.status !== 'closed'));
  if (withOpen.length === 0) return [];
  const count = withOpen.flatMap((o) => o.inspection?.rectificationItems ?? []).filter((r) => r.status !== 'closed').length;
  return [
    finding('open_rectification', historical ? 'warning' : 'error', [m.id, ...withOpen.map((o) => o.id)], {
      kind: m.kind,
      date: m.actual,
      count,
    }),
  ];
}

/**
 * Rule 5 when a final acceptance is scheduled: it waits until the last decided preliminary
 * acceptance is `qualified` and every rectification item raised so far is verified closed. Staff
 * may waive this with a written reason (the service records it); the findings say what is missing.
 */
export function checkFinalAcceptanceReadiness(ms: MilestoneFacts[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const decidedPreliminaries = ms
    .filter((m): m is DoneMilestone => m.kind === 'preliminary_acceptance' && m.actual !== null && decidedVerdict(m) !== null)
    .sort((a, b) => (follows(a, b) ? 1 : follows(b, a) ? -1 : 0));
  const last = decidedPreliminaries.at(-1);
  const lastVerdict = last ? decidedVerdict(last)?.verdict : undefined;
  if (lastVerdict !== 'qualified') {
    out.push(finding('final_needs_preliminary', 'error', last ? [last.id] : [], { verdict: lastVerdict ?? 'none' }));
  }
  const withOpen = ms.filter((m) => decidedVerdict(m)?.rectificationItems.some((r) => r.status !== 'closed'));
  if (withOpen.length) {
    const count = withOpen.flatMap((m) => m.inspection?.rectificationItems ?? []).filter((r) => r.status !== 'closed').length;
    out.push(
      finding(
        'final_needs_closed_items',
        'error',
        withOpen.map((m) => m.id),
        { count },
      ),
    );
  }
  return out;
}
