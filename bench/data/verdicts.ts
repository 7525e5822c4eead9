/**
 * What a panel decided: grades per criterion that lead to the verdict (the worst criterion
 * decides, lib/domain/panel.ts), the problems found under the criteria graded below 合格 with the
 * rectification each asks for, and the members' own grades, from which the chair's proposal (the
 * median per criterion) gives back the panel's grades: at most one member differs, on one criterion.
 */
import {
  ACCEPTANCE_CRITERIA,
  type AcceptanceCriterion,
  CRITERION_GRADES,
  type CriterionGrade,
  type InspectionKind,
  type Verdict,
} from '../../lib/domain/codes';
import { messages } from '../../lib/i18n/messages';
import { picker, type Rng } from './prng';
import { CONCLUSIONS, CRITERIA_BY_KIND, PROBLEMS, type Problem } from './texts';

export interface Grade {
  criterion: AcceptanceCriterion;
  grade: CriterionGrade;
}

export interface Decision {
  criteria: Grade[];
  problems: Problem[];
  /** One member's differing grade, if any (index into the panel, never the chair). */
  differs: { member: number; criterion: AcceptanceCriterion; grade: CriterionGrade } | null;
  unanimous: boolean;
  dissent: string | null;
  conclusion: readonly [string, string];
}

const pickPassGrade = picker<CriterionGrade>([
  ['good', 15],
  ['fairly_good', 30],
  ['qualified', 55],
]);

const zh = messages.zh;

export function decide(rng: Rng, kind: InspectionKind, verdict: Verdict, panel: string[]): Decision {
  const assessed = CRITERIA_BY_KIND[kind];
  const failing = new Map<AcceptanceCriterion, CriterionGrade>();
  if (verdict !== 'qualified') {
    const worst = verdict === 'unqualified' ? 'unqualified' : 'basically_qualified';
    const [first, second] = rng.sample(assessed, 2);
    failing.set(rng.chance(0.5) ? (first as AcceptanceCriterion) : (second as AcceptanceCriterion), worst);
    const other = failing.has(first as AcceptanceCriterion) ? second : first;
    if (rng.chance(0.4)) failing.set(other as AcceptanceCriterion, 'basically_qualified');
  }
  const criteria = assessed.map((criterion) => ({ criterion, grade: failing.get(criterion) ?? pickPassGrade(rng) }));

  const problems: Problem[] = [];
  for (const [criterion] of failing) problems.push(...rng.sample(PROBLEMS[criterion], rng.chance(0.3) ? 2 : 1));

  let differs: Decision['differs'] = null;
  if (panel.length > 1 && rng.chance(0.15)) {
    const c = rng.pick(criteria);
    const rank = CRITERION_GRADES.indexOf(c.grade);
    const step = rank === 0 ? 1 : rank === CRITERION_GRADES.length - 1 ? -1 : rng.chance(0.5) ? 1 : -1;
    differs = { member: rng.int(1, panel.length - 1), criterion: c.criterion, grade: CRITERION_GRADES[rank + step] as CriterionGrade };
  }
  // A member who graded a criterion worse than the panel did not agree with it: the opinion records the dissent.
  const worse = differs && CRITERION_GRADES.indexOf(differs.grade) > CRITERION_GRADES.indexOf(gradeOf(criteria, differs.criterion));
  const dissent =
    worse && differs ? `${panel[differs.member]}专家认为“${zh.criterion[differs.criterion]}”应评为“${zh.grade[differs.grade]}”` : null;
  return {
    criteria: [...criteria].sort((a, b) => ACCEPTANCE_CRITERIA.indexOf(a.criterion) - ACCEPTANCE_CRITERIA.indexOf(b.criterion)),
    problems,
    differs,
    unanimous: !worse,
    dissent,
    conclusion: CONCLUSIONS[kind][verdict],
  };
}

function gradeOf(criteria: Grade[], criterion: AcceptanceCriterion): CriterionGrade {
  return (criteria.find((c) => c.criterion === criterion) as Grade).grade;
}

/** Member `m`'s grade of a criterion: the panel's, except where that member differs. */
export function memberGrade(d: Decision, m: number, g: Grade): CriterionGrade {
  return d.differs && d.differs.member === m && d.differs.criterion === g.criterion ? d.differs.grade : g.grade;
}
