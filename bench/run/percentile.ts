/**
 * Latency statistics over every recorded sample (no histogram buckets, no sampling), so a p99 is a
 * real request's time. Nearest-rank: the p-th percentile is the smallest sample with at least p% of
 * the samples at or below it, which never invents a value between two samples.
 */

/** The p-th percentile (0 < p ≤ 100) of samples already sorted ascending; null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${p}`);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

export interface LatencySummary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/** p50, p95, p99 and the maximum of unsorted samples (milliseconds), rounded to 0.1 ms. */
export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? null),
  };
}
