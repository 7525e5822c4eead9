/**
 * Rules 6 and 7 of DOMAIN.md: who should approve, judged by the site's level on the approval date
 * (not today's), and a project's buildings belonging to its site.
 */
import { type AdminLevel, PROTECTION_LEVELS, type ProtectionLevel } from './codes';
import { comparePartialDates, type PartialDate, parsePartialDate } from './partial-date';
import { finding, type RuleFinding } from './rule-finding';

export type Designation = { level: ProtectionLevel; date: PartialDate | null };
export type ApprovalSubject = 'project' | 'plan';

/** PROTECTION_LEVELS runs from the highest level down. */
function rank(level: ProtectionLevel): number {
  return PROTECTION_LEVELS.indexOf(level);
}

/**
 * The highest level designated on or before `date`, compared at the coarser precision, so a listing
 * of 2019-10 already counts for an approval of 2019-10-05 or of 2019. Undated designations are left
 * out: nothing says they held on that date. Null when no designation is known by then.
 */
export function levelOn(designations: Designation[], date: PartialDate): ProtectionLevel | null {
  let best: ProtectionLevel | null = null;
  for (const d of designations) {
    if (d.date === null || comparePartialDates(d.date, date) > 0) continue;
    if (best === null || rank(d.level) < rank(best)) best = d.level;
  }
  return best;
}

/**
 * The authority level expected to approve a project or its plan.
 * - national: the national administration approves the project; since the reform DOMAIN.md
 *   describes, the provincial bureau approves the plan, which is then filed nationally (see
 *   `planFilingDue`).
 * - provincial: the provincial bureau for both (2003 Measures, art. 10(2)).
 * - municipal and county: the Cultural Relics Protection Law has repairs of a protected site approved
 *   by the authority "of the corresponding level" (相应的文物行政部门), so a municipal site goes to
 *   the municipal bureau and a county site to the county (区县, `district`) bureau. The 2003 Measures
 *   leave these to each province; a province that decided otherwise shows as a warning, not a block.
 * - ungraded: the law names the county-level bureau that registered it (`district`).
 */
export function expectedApprover(level: ProtectionLevel, subject: ApprovalSubject): AdminLevel {
  switch (level) {
    case 'national':
      return subject === 'project' ? 'national' : 'provincial';
    case 'provincial':
      return 'provincial';
    case 'municipal':
      return 'municipal';
    case 'county':
    case 'ungraded':
      return 'district';
  }
}

/** Plans of national key sites are filed with the national administration after provincial approval. */
export function planFilingRequired(level: ProtectionLevel): boolean {
  return level === 'national';
}

export interface ApprovalCheckInput {
  subject: ApprovalSubject;
  date: PartialDate;
  authorityLevel: AdminLevel;
  designations: Designation[];
}

/** Rule 6: a warning when the approving authority's level is not the one expected on that date. */
export function checkApproval(input: ApprovalCheckInput): RuleFinding[] {
  const level = levelOn(input.designations, input.date);
  // Not yet designated (or dates unknown): nothing to judge the approver against.
  if (level === null) return [];
  const expected = expectedApprover(level, input.subject);
  if (expected === input.authorityLevel) return [];
  return [
    finding('approver_level', 'warning', [], {
      subject: input.subject,
      date: input.date,
      level,
      expected,
      actual: input.authorityLevel,
    }),
  ];
}

/**
 * The last day for filing a national key site's plan: 10 working days after its approval, counting
 * Monday to Friday. Public holidays and the swapped working weekends (调休) are ignored: the State
 * Council fixes them year by year, so no rule can compute them; treat the result as an estimate.
 */
export function planFilingDue(planApprovalDate: PartialDate): string {
  const parsed = parsePartialDate(planApprovalDate);
  if (!parsed.ok || parsed.precision !== 'day') {
    throw new RangeError(`planFilingDue needs a full date (YYYY-MM-DD), got "${planApprovalDate}"`);
  }
  const day = new Date(`${planApprovalDate}T00:00:00Z`);
  let left = 10;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}

/** Rule 7: an error for each building that belongs to another site than the project's. */
export function checkProjectBuildings(siteId: number, buildings: { id: number; siteId: number }[]): RuleFinding[] {
  return buildings
    .filter((b) => b.siteId !== siteId)
    .map((b) => finding('building_site', 'error', [], { building: b.id, site: siteId, buildingSite: b.siteId }));
}
