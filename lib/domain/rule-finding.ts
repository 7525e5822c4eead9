/** The shape every domain rule reports in, so one list can hold milestone, approval and site findings. */

export interface RuleFinding {
  rule:
    | 'order'
    | 'approval_before_start'
    | 'midterm_window'
    | 'acceptance_order'
    | 'verdict_required'
    | 'rectification_required'
    | 'reinspection_required'
    | 'open_rectification'
    | 'final_needs_preliminary'
    | 'final_needs_closed_items'
    | 'approver_level'
    | 'building_site';
  severity: 'error' | 'warning';
  milestoneIds: number[];
  /** message key under "rules" in messages/*.json, with its values (codes and raw dates) */
  message: { key: string; values: Record<string, string | number> };
}

export type RuleName = RuleFinding['rule'];

export function finding(
  rule: RuleName,
  severity: RuleFinding['severity'],
  milestoneIds: number[],
  values: Record<string, string | number>,
): RuleFinding {
  return { rule, severity, milestoneIds, message: { key: `rules.${rule}`, values } };
}
