import { describe, expect, it } from 'vitest';
import { checkMilestones } from './milestones';
import { brief, inspection, ms, project } from './test-builders';
import { checkFinalAcceptanceReadiness } from './verdict-rules';

describe('rule 5: verdicts', () => {
  it('needs a signed verdict once an inspection has an actual date', () => {
    const none = ms('final_acceptance', '2022-05-18');
    const draft = ms('preliminary_acceptance', '2020-12-09', { inspection: inspection('qualified', { signed: false }) });
    const noVerdict = ms('midterm_inspection', '2020-08-13', { inspection: inspection(null, { historical: true }) });
    const planned = ms('midterm_inspection', null, { planned: '2020-08' });
    expect(brief(checkMilestones(project([none, draft, noVerdict, planned])))).toEqual([
      `error verdict_required ${none.id}`,
      `error verdict_required ${draft.id}`,
      `warning verdict_required ${noVerdict.id}`,
    ]);
  });

  it('needs rectification items after basically qualified or unqualified', () => {
    const withItems = ms('midterm_inspection', '2020-08-13', { inspection: inspection('basically_qualified', { items: ['open'] }) });
    expect(checkMilestones(project([withItems]))).toEqual([]);
    const without = ms('midterm_inspection', '2020-08-13', { inspection: inspection('unqualified') });
    expect(brief(checkMilestones(project([without])))).toEqual([
      `error rectification_required ${without.id}`,
      `warning reinspection_required ${without.id}`,
    ]);
  });

  it('wants another inspection of the kind after unqualified: pending warns, skipped blocks', () => {
    const failed = ms('preliminary_acceptance', '2020-12-09', {
      sequence: 1,
      inspection: inspection('unqualified', { items: ['closed'] }),
    });
    expect(brief(checkMilestones(project([failed])))).toEqual([`warning reinspection_required ${failed.id}`]);

    const final = ms('final_acceptance', '2021-05', { inspection: inspection('qualified') });
    const skipped = checkMilestones(project([failed, final]));
    expect(brief(skipped)).toEqual([`error reinspection_required ${failed.id},${final.id}`]);
    expect(skipped[0]?.message.values).toEqual({
      kind: 'preliminary_acceptance',
      date: '2020-12-09',
      otherKind: 'final_acceptance',
      otherDate: '2021-05',
    });

    const again = ms('preliminary_acceptance', '2021-03', { sequence: 2, inspection: inspection('qualified') });
    expect(checkMilestones(project([failed, again, final]))).toEqual([]);
  });

  it('an unqualified final acceptance blocks archiving without a new one', () => {
    const failed = ms('final_acceptance', '2021-05', { inspection: inspection('unqualified', { items: ['closed'] }) });
    const archived = ms('archived', '2021-08');
    expect(brief(checkMilestones(project([failed, archived])))).toEqual([`error reinspection_required ${failed.id},${archived.id}`]);
  });

  it('a passed final acceptance needs every earlier item verified closed', () => {
    const midterm = ms('midterm_inspection', '2020-08-13', {
      inspection: inspection('basically_qualified', { items: ['closed', 'submitted', 'open'] }),
    });
    const final = ms('final_acceptance', '2022-05-18', { inspection: inspection('qualified') });
    const found = checkMilestones(project([midterm, final]));
    expect(brief(found)).toEqual([`error open_rectification ${final.id},${midterm.id}`]);
    expect(found[0]?.message.values).toEqual({ kind: 'final_acceptance', date: '2022-05-18', count: 2 });

    const historicalFinal = ms('final_acceptance', '2022-05-18', { inspection: inspection('qualified', { historical: true }) });
    expect(brief(checkMilestones(project([midterm, historicalFinal])))).toEqual([
      `warning open_rectification ${historicalFinal.id},${midterm.id}`,
    ]);

    // Submitted evidence is not yet verified: still open.
    midterm.inspection = inspection('basically_qualified', { items: ['closed', 'submitted'] });
    expect(brief(checkMilestones(project([midterm, final])))).toEqual([`error open_rectification ${final.id},${midterm.id}`]);

    midterm.inspection = inspection('basically_qualified', { items: ['closed', 'closed'] });
    expect(checkMilestones(project([midterm, final]))).toEqual([]);
  });
});

describe('rule 5 at scheduling: a final acceptance waits for a passed preliminary acceptance and closed items', () => {
  it('refuses without any decided preliminary acceptance', () => {
    const planned = ms('preliminary_acceptance', null, { planned: '2024-05-01', inspection: inspection(null, { signed: false }) });
    expect(checkFinalAcceptanceReadiness([planned]).map((f) => [f.rule, f.message.values])).toEqual([
      ['final_needs_preliminary', { verdict: 'none' }],
    ]);
  });

  it('looks at the last preliminary acceptance, not the first', () => {
    const first = ms('preliminary_acceptance', '2023-05', { sequence: 1, inspection: inspection('qualified') });
    const second = ms('preliminary_acceptance', '2023-09-01', {
      sequence: 2,
      inspection: inspection('unqualified', { items: ['closed'] }),
    });
    expect(brief(checkFinalAcceptanceReadiness([second, first]))).toEqual([`error final_needs_preliminary ${second.id}`]);
    const third = ms('preliminary_acceptance', '2023-12-01', { sequence: 3, inspection: inspection('qualified') });
    expect(checkFinalAcceptanceReadiness([first, second, third])).toEqual([]);
  });

  it('counts every item not verified closed, on any decided inspection', () => {
    const midterm = ms('midterm_inspection', '2023-03-01', {
      inspection: inspection('basically_qualified', { items: ['open', 'submitted'] }),
    });
    const prelim = ms('preliminary_acceptance', '2023-09-01', { inspection: inspection('qualified') });
    const found = checkFinalAcceptanceReadiness([midterm, prelim]);
    expect(brief(found)).toEqual([`error final_needs_closed_items ${midterm.id}`]);
    expect(found[0]?.message.values).toEqual({ count: 2 });
    const closed = ms('midterm_inspection', '2023-03-01', {
      inspection: inspection('basically_qualified', { items: ['closed', 'closed'] }),
    });
    expect(checkFinalAcceptanceReadiness([closed, prelim])).toEqual([]);
  });

  it('ignores a draft verdict: it decides nothing yet', () => {
    const draft = ms('preliminary_acceptance', '2023-09-01', { inspection: inspection('qualified', { signed: false }) });
    expect(brief(checkFinalAcceptanceReadiness([draft]))).toEqual(['error final_needs_preliminary ']);
  });
});
