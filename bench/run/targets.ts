/**
 * The targets as data, and the one rule that judges a figure against them, so the table's
 * ✓ and ✗ cannot drift from the numbers beside them.
 */

export interface Check {
  /** How the target reads in the table, e.g. "≥ 1,500 req/s". */
  label: string;
  /** The measured value in the target's unit; null when it could not be measured (a miss). */
  value: number | null;
  op: '>=' | '<=';
  limit: number;
}

export function meets(check: Check): boolean {
  if (check.value === null || Number.isNaN(check.value)) return false;
  return check.op === '>=' ? check.value >= check.limit : check.value <= check.limit;
}

/** ✓ when every check is met, ✗ when any is missed, blank for a figure that has no target. */
export function mark(checks: readonly Check[]): '✓' | '✗' | '' {
  if (checks.length === 0) return '';
  return checks.every(meets) ? '✓' : '✗';
}

export const atLeast = (label: string, value: number | null, limit: number): Check => ({ label, value, op: '>=', limit });
export const atMost = (label: string, value: number | null, limit: number): Check => ({ label, value, op: '<=', limit });

/** The figures from issue 6. */
export const TARGETS = {
  projectRps50: 1500,
  projectP99Ms50: 50,
  projectShareOfStatic: 0.7,
  searchLongP95Ms: 50,
  searchShortP95Ms: 150,
  saveP99Ms: 30,
  freshnessRuns: 20,
  rssAfterMb: 400,
  appJsGzipKb: 30,
  lighthousePerformance: 95,
} as const;
