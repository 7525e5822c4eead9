import { describe, expect, it } from 'vitest';
import { applyMilestoneChange, checkMilestoneChange, checkMilestones, milestoneOrder, sortMilestones } from './milestones';
import { brief, inspection, ms, project } from './test-builders';

/** 郑州第二砂轮厂办公楼本体保护修缮工程, as the 2022-05 article reports it. */
function ershaOfficeBuilding() {
  const plan = ms('plan_approval', '2019-05-07');
  const start = ms('construction_start', '2020-07');
  const midterm = ms('midterm_inspection', '2020-08-13', {
    sequence: 1,
    inspection: inspection('basically_qualified', { historical: true }),
  });
  const complete = ms('construction_complete', '2020-09');
  const preliminary = ms('preliminary_acceptance', '2020-12-09', {
    sequence: 1,
    inspection: inspection('qualified', { historical: true }),
  });
  const final = ms('final_acceptance', '2022-05-18', { inspection: inspection('qualified', { historical: true }) });
  return { plan, start, midterm, complete, preliminary, final, all: [final, complete, plan, midterm, preliminary, start] };
}

describe('milestoneOrder', () => {
  it('numbers the steps 1–12 as DOMAIN.md does', () => {
    expect(milestoneOrder('proposal_submitted')).toBe(1);
    expect(milestoneOrder('plan_filing')).toBe(5);
    expect(milestoneOrder('midterm_inspection')).toBe(7);
    expect(milestoneOrder('rectification_closed')).toBe(10);
    expect(milestoneOrder('archived')).toBe(12);
  });
});

describe('sortMilestones', () => {
  it('puts the 二砂 milestones in canonical order without touching the input', () => {
    const e = ershaOfficeBuilding();
    const input = [...e.all];
    expect(sortMilestones(input).map((m) => m.kind)).toEqual([
      'plan_approval',
      'construction_start',
      'midterm_inspection',
      'construction_complete',
      'preliminary_acceptance',
      'final_acceptance',
    ]);
    expect(input).toEqual(e.all);
  });

  it('orders a repeatable kind by date (actual, else planned), then sequence, undated last', () => {
    const list = [
      { kind: 'preliminary_acceptance' as const, actual: null, planned: null, sequence: 4, n: 'undated' },
      { kind: 'preliminary_acceptance' as const, actual: null, planned: '2021-03', sequence: 3, n: 'planned' },
      { kind: 'preliminary_acceptance' as const, actual: '2020-12-09', planned: '2021-06', sequence: 2, n: 'dec' },
      { kind: 'preliminary_acceptance' as const, actual: '2020-12', planned: null, sequence: 1, n: 'dec-month' },
      { kind: 'construction_complete' as const, actual: '2021-09', planned: null, n: 'complete' },
      { kind: 'preliminary_acceptance' as const, actual: '2020-11-02', planned: null, sequence: 5, n: 'nov' },
    ];
    expect(sortMilestones(list).map((m) => m.n)).toEqual(['complete', 'nov', 'dec-month', 'dec', 'planned', 'undated']);
  });
});

describe('checkMilestones: the 二砂 office building', () => {
  it('has no errors and one warning: the 2020 基本合格 recorded without rectification items', () => {
    const e = ershaOfficeBuilding();
    const findings = checkMilestones(project(e.all));
    expect(findings).toEqual([
      {
        rule: 'rectification_required',
        severity: 'warning',
        milestoneIds: [e.midterm.id],
        message: {
          key: 'rules.rectification_required',
          values: { kind: 'midterm_inspection', date: '2020-08-13', verdict: 'basically_qualified' },
        },
      },
    ]);
  });

  it('would block the same record entered through the panel workflow', () => {
    const e = ershaOfficeBuilding();
    e.midterm.inspection = inspection('basically_qualified', { signed: true });
    expect(brief(checkMilestones(project(e.all)))).toEqual([`error rectification_required ${e.midterm.id}`]);
  });
});

describe('rule 1: order', () => {
  it('flags an actual date that goes backwards along the canonical order', () => {
    const start = ms('construction_start', '2020-07-10');
    const complete = ms('construction_complete', '2020-06');
    const [f, ...rest] = checkMilestones(project([start, complete]));
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: 'order',
      severity: 'error',
      milestoneIds: [complete.id, start.id],
      message: {
        key: 'rules.order',
        values: { kind: 'construction_complete', date: '2020-06', otherKind: 'construction_start', otherDate: '2020-07-10' },
      },
    });
  });

  it('accepts dates that are equal at the coarser precision', () => {
    const found = checkMilestones(
      project([ms('construction_start', '2020-07-20'), ms('construction_complete', '2020-07'), ms('archived', '2020')]),
    );
    expect(found).toEqual([]);
  });

  it('ignores milestones without an actual date', () => {
    const found = checkMilestones(
      project([
        ms('construction_start', null, { planned: '2021-01' }),
        ms('construction_complete', '2020-06'),
        ms('archived', null, { planned: '2019' }),
      ]),
    );
    expect(found).toEqual([]);
  });

  it('keeps one repeatable kind in its stated sequence', () => {
    const first = ms('midterm_inspection', '2020-09-10', { sequence: 1, inspection: inspection('qualified') });
    const second = ms('midterm_inspection', '2020-08-20', { sequence: 2, inspection: inspection('qualified') });
    expect(brief(checkMilestones(project([first, second])))).toEqual([`error order ${second.id},${first.id}`]);
    // Without a stated sequence, the dates are the order: nothing to contradict.
    const a = ms('midterm_inspection', '2020-09-10', { inspection: inspection('qualified') });
    const b = ms('midterm_inspection', '2020-08-20', { inspection: inspection('qualified') });
    expect(checkMilestones(project([a, b]))).toEqual([]);
  });

  it('lets repeatable kinds interleave: a second preliminary acceptance after the first rectification', () => {
    const found = checkMilestones(
      project([
        ms('construction_complete', '2020-09'),
        ms('preliminary_acceptance', '2020-12-09', { sequence: 1, inspection: inspection('unqualified', { items: ['closed'] }) }),
        ms('rectification_closed', '2021-01-15', { sequence: 1 }),
        ms('preliminary_acceptance', '2021-02-01', { sequence: 2, inspection: inspection('qualified') }),
        ms('final_acceptance', '2021-05', { inspection: inspection('qualified') }),
      ]),
    );
    expect(found).toEqual([]);
  });

  it('still orders a repeatable kind against the fixed steps', () => {
    const closed = ms('rectification_closed', '2020-08');
    const complete = ms('construction_complete', '2020-09');
    expect(brief(checkMilestones(project([closed, complete])))).toEqual([`error order ${closed.id},${complete.id}`]);
  });
});

describe('rule 2: approval before start', () => {
  const chain = () => {
    const projectApproval = ms('project_approval', '2019-03');
    const planApproval = ms('plan_approval', '2019-05-07');
    const start = ms('construction_start', '2019-04-20');
    return { projectApproval, planApproval, start, all: [projectApproval, planApproval, start] };
  };

  it('is an error for a repair started before its plan was approved', () => {
    const c = chain();
    const found = checkMilestones(project(c.all, 'repair'));
    expect(brief(found)).toEqual([`error approval_before_start ${c.start.id},${c.planApproval.id}`]);
    expect(found[0]?.message.values).toEqual({
      kind: 'construction_start',
      date: '2019-04-20',
      otherKind: 'plan_approval',
      otherDate: '2019-05-07',
    });
  });

  it('is a warning for emergency reinforcement, and not applied to maintenance', () => {
    expect(brief(checkMilestones(project(chain().all, 'emergency_reinforcement')))).toEqual([
      expect.stringMatching(/^warning approval_before_start /),
    ]);
    expect(checkMilestones(project(chain().all, 'maintenance'))).toEqual([]);
  });

  it('checks plan approval against project approval and start against project approval', () => {
    const p = ms('project_approval', '2019-06');
    const plan = ms('plan_approval', '2019-05-07');
    const start = ms('construction_start', '2019-05-20');
    expect(brief(checkMilestones(project([p, plan, start])))).toEqual([
      `error approval_before_start ${plan.id},${p.id}`,
      `error approval_before_start ${start.id},${p.id}`,
    ]);
  });

  it('lets an emergency finish its works before the paperwork, with warnings', () => {
    const start = ms('construction_start', '2021-07');
    const complete = ms('construction_complete', '2021-08');
    const filing = ms('plan_filing', '2021-10');
    expect(brief(checkMilestones(project([start, complete, filing], 'emergency_reinforcement')))).toEqual([
      `warning order ${start.id},${filing.id}`,
      `warning order ${complete.id},${filing.id}`,
    ]);
    expect(brief(checkMilestones(project([start, complete, filing], 'repair')))).toEqual([
      `error order ${start.id},${filing.id}`,
      `error order ${complete.id},${filing.id}`,
    ]);
  });
});

describe('rule 3: mid-term window', () => {
  it('flags a mid-term inspection before the start, once, under its own rule', () => {
    const start = ms('construction_start', '2020-07');
    const midterm = ms('midterm_inspection', '2020-06-30', { inspection: inspection('qualified') });
    const found = checkMilestones(project([start, midterm]));
    expect(found).toEqual([
      {
        rule: 'midterm_window',
        severity: 'error',
        milestoneIds: [midterm.id, start.id],
        message: { key: 'rules.midterm_window', values: { date: '2020-06-30', start: '2020-07', end: '' } },
      },
    ]);
  });

  it('flags a mid-term inspection after completion', () => {
    const start = ms('construction_start', '2020-07');
    const complete = ms('construction_complete', '2020-09');
    const midterm = ms('midterm_inspection', '2020-10-02', { inspection: inspection('qualified') });
    const found = checkMilestones(project([start, complete, midterm]));
    expect(brief(found)).toEqual([`error midterm_window ${midterm.id},${complete.id}`]);
    expect(found[0]?.message.values).toEqual({ date: '2020-10-02', start: '2020-07', end: '2020-09' });
  });
});

describe('rule 4: acceptance order', () => {
  it('wants preliminary acceptance after completion and final after the last preliminary', () => {
    const complete = ms('construction_complete', '2020-09-20');
    const early = ms('preliminary_acceptance', '2020-09-10', { sequence: 1, inspection: inspection('qualified') });
    const late = ms('preliminary_acceptance', '2021-03', { sequence: 2, inspection: inspection('qualified') });
    const final = ms('final_acceptance', '2021-02-01', { inspection: inspection('qualified') });
    expect(brief(checkMilestones(project([complete, early, late, final])))).toEqual([
      `error acceptance_order ${early.id},${complete.id}`,
      `error acceptance_order ${final.id},${late.id}`,
    ]);
  });
});

describe('checkMilestoneChange', () => {
  it('reports only what the change introduces', () => {
    const e = ershaOfficeBuilding();
    const before = project(e.all);
    // Moving the completion before the start breaks two rules; the old warning is not repeated.
    const moved = { ...e.complete, actual: '2020-06' };
    expect(brief(checkMilestoneChange(before, moved)).sort()).toEqual(
      [`error order ${e.complete.id},${e.start.id}`, `error midterm_window ${e.midterm.id},${e.complete.id}`].sort(),
    );
    // A harmless edit introduces nothing, even though the project already has a warning.
    expect(checkMilestoneChange(before, { ...e.final, planned: '2022-05' })).toEqual([]);
  });

  it('checks a new milestone as added to the project', () => {
    const e = ershaOfficeBuilding();
    const archived = ms('archived', '2022-04');
    expect(applyMilestoneChange(project(e.all), archived).milestones).toHaveLength(7);
    expect(brief(checkMilestoneChange(project(e.all), archived))).toEqual([`error order ${archived.id},${e.final.id}`]);
  });

  it('counts a warning raised to an error as introduced', () => {
    const e = ershaOfficeBuilding();
    const signed = { ...e.midterm, inspection: inspection('basically_qualified', { signed: true }) };
    expect(brief(checkMilestoneChange(project(e.all), signed))).toEqual([`error rectification_required ${e.midterm.id}`]);
  });
});
