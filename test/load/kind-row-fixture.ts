import type { KindRow } from './stats';

/** A row of the summary table for tests: the statuses given, and plain figures for the rest. */
export const kindRow = (kind: string, statuses: Record<string, number>, extra: Partial<KindRow> = {}): KindRow => ({
  kind,
  requests: Object.values(statuses).reduce((s, n) => s + n, 0),
  rps: 1,
  p50Ms: 10,
  p99Ms: 90,
  statuses,
  errors: 0,
  timeouts: 0,
  ...extra,
});
