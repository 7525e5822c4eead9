/** Builders of plain milestone facts for the domain tests. */
import type { MilestoneKind, ProjectCategory, RectificationStatus, Verdict } from './codes';
import type { MilestoneFacts, ProjectFacts, RuleFinding } from './milestones';

let nextId = 1;

export function ms(kind: MilestoneKind, actual: string | null, extra: Partial<MilestoneFacts> = {}): MilestoneFacts {
  return { id: nextId++, kind, planned: null, actual, inspection: null, ...extra };
}

export function inspection(
  verdict: Verdict | null,
  opts: { signed?: boolean; historical?: boolean; items?: RectificationStatus[] } = {},
): MilestoneFacts['inspection'] {
  return {
    verdict,
    signed: opts.signed ?? !opts.historical,
    historical: opts.historical ?? false,
    rectificationItems: (opts.items ?? []).map((status) => ({ status })),
  };
}

export const project = (milestones: MilestoneFacts[], category: ProjectCategory = 'repair'): ProjectFacts => ({ category, milestones });

/** Findings in one line each, for readable assertions. */
export const brief = (fs: RuleFinding[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.milestoneIds.join(',')}`);
