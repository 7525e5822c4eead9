/**
 * What every request of the run came to, by kind: count, statuses, latencies, connection errors
 * and timeouts; and the first few wrong answers with their request ids, to find them in the log.
 */
import { summarise } from '../../bench/run/percentile';

export interface KindStats {
  requests: number;
  statuses: Record<string, number>;
  /** Every answer's latency in ms (percentiles are computed over all of them, none sampled). */
  samples: number[];
  /** No answer: the connection failed or was reset. */
  errors: number;
  /** No answer within the client's time limit. */
  timeouts: number;
}

/** An answer its kind must not get (a 5xx above all), or a request that got none: what finds it in the server's log. */
export interface Incident {
  kind: string;
  method: string;
  path: string;
  status: number;
  requestId: string | null;
  detail: string;
}

export interface KindRow {
  kind: string;
  requests: number;
  rps: number;
  p50Ms: number | null;
  p99Ms: number | null;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

const KEPT_INCIDENTS = 50;

export class Stats {
  readonly kinds = new Map<string, KindStats>();
  readonly incidents: Incident[] = [];
  incidentCount = 0;
  /** Answers so far, readers' included, for the progress line (the readers' figures merge only at their end). */
  live = 0;

  private of(kind: string): KindStats {
    let found = this.kinds.get(kind);
    if (!found) {
      found = { requests: 0, statuses: {}, samples: [], errors: 0, timeouts: 0 };
      this.kinds.set(kind, found);
    }
    return found;
  }

  /** One answer (status > 0) or one request without an answer (status 0, `timedOut` says which). */
  record(kind: string, status: number, ms: number, timedOut = false): void {
    const k = this.of(kind);
    k.requests += 1;
    this.live += 1;
    if (status === 0) {
      if (timedOut) k.timeouts += 1;
      else k.errors += 1;
      return;
    }
    k.statuses[status] = (k.statuses[status] ?? 0) + 1;
    k.samples.push(ms);
  }

  /** Keeps an incident for the report; the count goes on after the first few are kept. */
  fail(incident: Incident): void {
    this.incidentCount += 1;
    if (this.incidents.length < KEPT_INCIDENTS) this.incidents.push(incident);
  }

  /** A whole autocannon run of one kind. */
  merge(kind: string, run: Omit<KindStats, 'requests'> & { requests?: number }): void {
    const k = this.of(kind);
    for (const [status, count] of Object.entries(run.statuses)) k.statuses[status] = (k.statuses[status] ?? 0) + count;
    for (const ms of run.samples) k.samples.push(ms);
    k.errors += run.errors;
    k.timeouts += run.timeouts;
    k.requests += run.requests ?? run.samples.length + run.errors + run.timeouts;
  }

  rows(durationS: number): KindRow[] {
    return [...this.kinds.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, k]) => {
        const { p50, p99 } = summarise(k.samples);
        return {
          kind,
          requests: k.requests,
          rps: Math.round((k.requests / durationS) * 10) / 10,
          p50Ms: p50,
          p99Ms: p99,
          statuses: k.statuses,
          errors: k.errors,
          timeouts: k.timeouts,
        };
      });
  }
}

/** Sums of a set of rows: every request, by status class. */
export function totals(rows: readonly KindRow[]) {
  const sum = { requests: 0, serverErrors: 0, connectionErrors: 0, timeouts: 0, statuses: {} as Record<string, number> };
  for (const row of rows) {
    sum.requests += row.requests;
    sum.connectionErrors += row.errors;
    sum.timeouts += row.timeouts;
    for (const [status, count] of Object.entries(row.statuses)) {
      sum.statuses[status] = (sum.statuses[status] ?? 0) + count;
      if (Number(status) >= 500) sum.serverErrors += count;
    }
  }
  return sum;
}
