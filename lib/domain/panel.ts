/**
 * How a panel's individual assessments become a proposed verdict, and what a signature covers.
 * The chair decides; the proposal only pre-fills the verdict form from what the members graded.
 */
import { ACCEPTANCE_CRITERIA, type AcceptanceCriterion, CRITERION_GRADES, type CriterionGrade, type Verdict } from './codes';

export interface Grade {
  criterion: AcceptanceCriterion;
  grade: CriterionGrade;
}

/** Criteria in the order real opinions list them, not the order they were entered or stored. */
export const byCriterionOrder = (a: { criterion: AcceptanceCriterion }, b: { criterion: AcceptanceCriterion }) =>
  ACCEPTANCE_CRITERIA.indexOf(a.criterion) - ACCEPTANCE_CRITERIA.indexOf(b.criterion);

/** CRITERION_GRADES runs from best (good) to worst (unqualified). */
const rank = (g: CriterionGrade) => CRITERION_GRADES.indexOf(g);

/**
 * Per criterion, the median of the members' grades. With an even number of grades the worse of
 * the two middle ones: a panel split between 合格 and 基本合格 has not agreed on 合格.
 * Criteria nobody graded are left out; the result is in the order opinions list criteria.
 */
export function proposeCriteria(byMember: Grade[][]): Grade[] {
  const out: Grade[] = [];
  for (const criterion of ACCEPTANCE_CRITERIA) {
    const ranks = byMember
      .flatMap((grades) => grades.filter((g) => g.criterion === criterion).map((g) => rank(g.grade)))
      .sort((a, b) => a - b);
    if (!ranks.length) continue;
    const median = ranks[Math.floor(ranks.length / 2)] as number;
    out.push({ criterion, grade: CRITERION_GRADES[median] as CriterionGrade });
  }
  return out;
}

/** The verdict the criteria point to: the worst of them decides; no criteria, no proposal. */
export function verdictFromCriteria(criteria: Grade[]): Verdict | null {
  if (!criteria.length) return null;
  if (criteria.some((c) => c.grade === 'unqualified')) return 'unqualified';
  if (criteria.some((c) => c.grade === 'basically_qualified')) return 'basically_qualified';
  return 'qualified';
}

export interface VerdictContent {
  verdict: Verdict;
  unanimous: boolean;
  dissent: string | null;
  conclusion: string | null;
  criteria: Grade[];
  findings: { criterion: AcceptanceCriterion; text: string }[];
  rectificationItems: { description: string; responsible: string | null; due: string | null }[];
}

/**
 * The verdict as one canonical string: fixed key order, criteria in the opinions' order. Its
 * SHA-256 is what each member signs, so a signature names exactly the text that was agreed,
 * and a member signing a draft that changed under them is refused.
 */
export function canonicalVerdict(v: VerdictContent): string {
  const criteria = [...v.criteria].sort(byCriterionOrder);
  return JSON.stringify([
    v.verdict,
    v.unanimous,
    v.dissent,
    v.conclusion,
    criteria.map((c) => [c.criterion, c.grade]),
    v.findings.map((f) => [f.criterion, f.text]),
    v.rectificationItems.map((r) => [r.description, r.responsible, r.due]),
  ]);
}
