import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCEPTANCE_CRITERIA, CRITERION_GRADES } from './codes';
import { canonicalVerdict, type Grade, proposeCriteria, type VerdictContent, verdictFromCriteria } from './panel';

const g = (criterion: Grade['criterion'], grade: Grade['grade']): Grade => ({ criterion, grade });

describe('proposing a verdict from the assessments', () => {
  it('takes the median grade per criterion, the worse middle one when the panel splits evenly', () => {
    const proposal = proposeCriteria([
      [g('engineering_quality', 'qualified'), g('archive_completeness', 'good')],
      [g('engineering_quality', 'basically_qualified'), g('archive_completeness', 'good')],
      [g('engineering_quality', 'qualified')],
    ]);
    expect(proposal).toEqual([g('engineering_quality', 'qualified'), g('archive_completeness', 'good')]);
    expect(proposeCriteria([[g('overall_effect', 'qualified')], [g('overall_effect', 'basically_qualified')]])).toEqual([
      g('overall_effect', 'basically_qualified'),
    ]);
  });

  it('lists criteria in the order opinions give them and leaves out ungraded ones', () => {
    const proposal = proposeCriteria([[g('safety_management', 'good'), g('engineering_quality', 'good')]]);
    expect(proposal.map((c) => c.criterion)).toEqual(['engineering_quality', 'safety_management']);
    expect(proposeCriteria([])).toEqual([]);
  });

  it('lets the worst criterion decide the verdict', () => {
    expect(verdictFromCriteria([])).toBeNull();
    expect(verdictFromCriteria([g('engineering_quality', 'good'), g('overall_effect', 'fairly_good')])).toBe('qualified');
    expect(verdictFromCriteria([g('engineering_quality', 'good'), g('archive_completeness', 'basically_qualified')])).toBe(
      'basically_qualified',
    );
    expect(verdictFromCriteria([g('engineering_quality', 'unqualified'), g('archive_completeness', 'basically_qualified')])).toBe(
      'unqualified',
    );
  });

  it('never proposes a grade outside what the members gave', () => {
    const grade = fc.record({ criterion: fc.constantFrom(...ACCEPTANCE_CRITERIA), grade: fc.constantFrom(...CRITERION_GRADES) });
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(grade, { selector: (x) => x.criterion }), { maxLength: 7 }), (members) => {
        for (const p of proposeCriteria(members)) {
          const given = members.flat().filter((x) => x.criterion === p.criterion);
          const ranks = given.map((x) => CRITERION_GRADES.indexOf(x.grade));
          const r = CRITERION_GRADES.indexOf(p.grade);
          expect(r).toBeGreaterThanOrEqual(Math.min(...ranks));
          expect(r).toBeLessThanOrEqual(Math.max(...ranks));
        }
      }),
    );
  });
});

describe('what a signature covers', () => {
  const base: VerdictContent = {
    verdict: 'basically_qualified',
    unanimous: true,
    dissent: null,
    conclusion: '总体效果较好',
    criteria: [g('archive_completeness', 'basically_qualified'), g('engineering_quality', 'qualified')],
    findings: [{ criterion: 'archive_completeness', text: '监理日志不全' }],
    rectificationItems: [{ description: '补齐监理日志', responsible: 'supervisor-unit', due: '2024-10-31' }],
  };

  it('does not depend on the order criteria were entered in', () => {
    expect(canonicalVerdict({ ...base, criteria: [...base.criteria].reverse() })).toBe(canonicalVerdict(base));
  });

  it('changes with any word of the verdict', () => {
    const variants: VerdictContent[] = [
      { ...base, verdict: 'unqualified' },
      { ...base, unanimous: false, dissent: '一位专家认为应不合格' },
      { ...base, conclusion: '总体效果好' },
      { ...base, findings: [{ criterion: 'archive_completeness', text: '监理日志不全。' }] },
      { ...base, rectificationItems: [{ description: '补齐监理日志', responsible: 'supervisor-unit', due: '2024-11-30' }] },
    ];
    for (const v of variants) expect(canonicalVerdict(v)).not.toBe(canonicalVerdict(base));
  });
});
