import { describe, expect, it } from 'vitest';
import type { MilestoneKind, ProjectStatus, RectificationStatus, Verdict } from './codes';
import { checkMilestones, type MilestoneFacts } from './milestones';
import { deriveBuildingStatus, deriveProjectStatus } from './project-status';

let nextId = 1;
function ms(kind: MilestoneKind, actual: string | null, extra: Partial<MilestoneFacts> = {}): MilestoneFacts {
  return { id: nextId++, kind, planned: null, actual, inspection: null, ...extra };
}
function verdict(
  v: Verdict | null,
  opts: { signed?: boolean; historical?: boolean; items?: RectificationStatus[] } = {},
): MilestoneFacts['inspection'] {
  return {
    verdict: v,
    signed: opts.signed ?? !opts.historical,
    historical: opts.historical ?? false,
    rectificationItems: (opts.items ?? []).map((status) => ({ status })),
  };
}

/** The 二砂 office building's milestones as the 2022-05 article gives them, built up step by step. */
const ersha = {
  plan: ms('plan_approval', '2019-05-07'),
  start: ms('construction_start', '2020-07'),
  midterm: ms('midterm_inspection', '2020-08-13', { sequence: 1, inspection: verdict('basically_qualified', { historical: true }) }),
  complete: ms('construction_complete', '2020-09'),
  preliminary: ms('preliminary_acceptance', '2020-12-09', { sequence: 1, inspection: verdict('qualified', { historical: true }) }),
  final: ms('final_acceptance', '2022-05-18', { inspection: verdict('qualified', { historical: true }) }),
};

describe('deriveProjectStatus', () => {
  it('follows the 二砂 office building to 已验收', () => {
    const { plan, start, midterm, complete, preliminary, final } = ersha;
    const steps: [MilestoneFacts[], ProjectStatus][] = [
      [[], 'initiating'],
      [[plan], 'plan_approved'],
      [[plan, start], 'under_construction'],
      [[plan, start, midterm], 'under_construction'],
      [[plan, start, midterm, complete], 'awaiting_acceptance'],
      [[plan, start, midterm, complete, preliminary], 'awaiting_acceptance'],
      [[plan, start, midterm, complete, preliminary, final], 'accepted'],
    ];
    for (const [list, status] of steps) expect(deriveProjectStatus(list)).toBe(status);
  });

  it('has no errors and exactly one warning for the whole 二砂 record', () => {
    const findings = checkMilestones({ category: 'repair', milestones: Object.values(ersha) });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.milestoneIds.join(',')}`)).toEqual([
      `warning rectification_required ${ersha.midterm.id}`,
    ]);
  });

  it('counts only milestones with an actual date', () => {
    expect(deriveProjectStatus([ms('project_approval', null, { planned: '2022' })])).toBe('initiating');
    expect(deriveProjectStatus([ms('proposal_submitted', '2022-03'), ms('project_approval', '2022-06')])).toBe('approved');
    expect(deriveProjectStatus([ms('project_approval', '2022-06'), ms('plan_submitted', '2022-09')])).toBe('approved');
    expect(deriveProjectStatus([ms('plan_submitted', '2022-09')])).toBe('initiating');
    expect(deriveProjectStatus([ms('plan_filing', '2019-05-20')])).toBe('plan_approved');
  });

  it('uses the furthest step reached when earlier ones are missing', () => {
    expect(deriveProjectStatus([ms('midterm_inspection', '2020-08-13', { inspection: verdict('qualified') })])).toBe('under_construction');
    expect(deriveProjectStatus([ms('construction_complete', '2020-09')])).toBe('awaiting_acceptance');
  });

  it('is rectifying while the latest verdict leaves open items or failed', () => {
    const start = ms('construction_start', '2020-07');
    const open = ms('midterm_inspection', '2020-08-13', { inspection: verdict('basically_qualified', { items: ['open', 'closed'] }) });
    expect(deriveProjectStatus([start, open])).toBe('rectifying');
    const submitted = ms('midterm_inspection', '2020-08-13', { inspection: verdict('basically_qualified', { items: ['submitted'] }) });
    expect(deriveProjectStatus([start, submitted])).toBe('rectifying');
    const closed = ms('midterm_inspection', '2020-08-13', { inspection: verdict('basically_qualified', { items: ['closed'] }) });
    expect(deriveProjectStatus([start, closed])).toBe('under_construction');
    const failed = ms('preliminary_acceptance', '2020-12-09', { inspection: verdict('unqualified', { items: ['closed'] }) });
    expect(deriveProjectStatus([start, ms('construction_complete', '2020-09'), failed])).toBe('rectifying');
  });

  it('looks at the latest standing verdict only', () => {
    const open = ms('midterm_inspection', '2020-08-13', { inspection: verdict('basically_qualified', { items: ['open'] }) });
    const complete = ms('construction_complete', '2020-09');
    const passed = ms('preliminary_acceptance', '2020-12-09', { inspection: verdict('qualified') });
    expect(deriveProjectStatus([open, complete, passed])).toBe('awaiting_acceptance');
    // An unsigned draft decides nothing yet: the open mid-term items still stand.
    const draft = ms('preliminary_acceptance', '2020-12-09', { inspection: verdict('qualified', { signed: false }) });
    expect(deriveProjectStatus([open, complete, draft])).toBe('rectifying');
  });

  it('needs a standing qualified final verdict to be accepted, and archiving wins over all', () => {
    const complete = ms('construction_complete', '2020-09');
    const unsigned = ms('final_acceptance', '2022-05-18', { inspection: verdict('qualified', { signed: false }) });
    expect(deriveProjectStatus([complete, unsigned])).toBe('awaiting_acceptance');
    const failed = ms('final_acceptance', '2022-05-18', { inspection: verdict('unqualified', { items: ['open'] }) });
    expect(deriveProjectStatus([complete, failed])).toBe('rectifying');
    expect(deriveProjectStatus([complete, failed, ms('archived', '2022-08')])).toBe('archived');
  });
});

describe('deriveBuildingStatus', () => {
  it('ranks restored over in progress over initiating over not started', () => {
    expect(deriveBuildingStatus([])).toBe('not_started');
    expect(deriveBuildingStatus(['initiating'])).toBe('initiating');
    expect(deriveBuildingStatus(['approved', 'initiating'])).toBe('initiating');
    for (const s of ['plan_approved', 'under_construction', 'awaiting_acceptance', 'rectifying'] as const) {
      expect(deriveBuildingStatus(['initiating', s])).toBe('in_progress');
    }
    expect(deriveBuildingStatus(['under_construction', 'accepted'])).toBe('restored');
    expect(deriveBuildingStatus(['archived'])).toBe('restored');
  });

  it('places the 二砂 buildings as of 2022-05', () => {
    // Office building: accepted. Rubber workshop: plan approved 2019-05-07, works being started.
    // Ceramic workshop: initiation (立项) under way.
    expect(deriveBuildingStatus([deriveProjectStatus(Object.values(ersha))])).toBe('restored');
    expect(deriveBuildingStatus([deriveProjectStatus([ms('plan_approval', '2019-05-07')])])).toBe('in_progress');
    expect(deriveBuildingStatus([deriveProjectStatus([])])).toBe('initiating');
  });
});
