/**
 * What a run counts and prints: requests per endpoint and in total, answers by status, the kinds of
 * input tried, and the failures with their shrunk request and how to replay them.
 */

export interface Failure {
  endpoint: string;
  /** The broken rules, one line each. */
  problems: string[];
  /** The shrunk request, as describeCase writes it. */
  request: string;
  /** What the server answered (status, type, body excerpt) and its request id. */
  answer: string;
  /** The server's log lines with that request id. */
  log: string[];
  replay: string;
}

export interface EndpointTally {
  requests: number;
  /** Of those, sent while shrinking a failure. */
  shrinks: number;
  statuses: Map<number, number>;
  failures: number;
}

export class Tally {
  readonly endpoints = new Map<string, EndpointTally>();
  readonly mutations = new Map<string, number>();
  readonly failures: Failure[] = [];
  /** Requests that broke a rule, including repeats of a failure already reported. */
  brokenRequests = 0;

  endpoint(id: string): EndpointTally {
    let t = this.endpoints.get(id);
    if (!t) {
      t = { requests: 0, shrinks: 0, statuses: new Map(), failures: 0 };
      this.endpoints.set(id, t);
    }
    return t;
  }

  count(id: string, status: number, mutation: string, shrinking: boolean): void {
    const t = this.endpoint(id);
    t.requests += 1;
    if (shrinking) t.shrinks += 1;
    t.statuses.set(status, (t.statuses.get(status) ?? 0) + 1);
    const kind = mutation.split(/[ :·]/)[0] || mutation;
    this.mutations.set(kind, (this.mutations.get(kind) ?? 0) + 1);
  }

  get shrinks(): number {
    return [...this.endpoints.values()].reduce((sum, t) => sum + t.shrinks, 0);
  }

  get requests(): number {
    return [...this.endpoints.values()].reduce((sum, t) => sum + t.requests, 0);
  }

  statuses(): Map<number, number> {
    const all = new Map<number, number>();
    for (const t of this.endpoints.values()) for (const [s, n] of t.statuses) all.set(s, (all.get(s) ?? 0) + n);
    return new Map([...all].sort(([a], [b]) => a - b));
  }
}

const byStatus = (statuses: Map<number, number>) =>
  [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s === 0 ? 'none' : s}×${n}`)
    .join(' ');

/** The table of endpoints, the totals and every failure, for a person. */
export function formatReport(tally: Tally, seconds: number): string {
  const lines: string[] = [];
  const width = Math.max(...[...tally.endpoints.keys()].map((k) => k.length), 10);
  lines.push('', `${'endpoint'.padEnd(width)}  requests  failures  answers by status`);
  for (const [id, t] of tally.endpoints) {
    lines.push(`${id.padEnd(width)}  ${String(t.requests).padStart(8)}  ${String(t.failures).padStart(8)}  ${byStatus(t.statuses)}`);
  }
  lines.push(
    '',
    `inputs by kind: ${[...tally.mutations]
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  lines.push(`answers by status: ${byStatus(tally.statuses())}`);
  for (const [i, f] of tally.failures.entries()) {
    lines.push(
      '',
      `FAILURE ${i + 1}: ${f.endpoint}`,
      ...f.problems.map((p) => `  - ${p}`),
      '  request (shrunk):',
      f.request,
      `  answer: ${f.answer}`,
    );
    if (f.log.length) lines.push('  server log:', ...f.log.map((l) => `    ${l.slice(0, 600)}`));
    lines.push(`  replay: ${f.replay}`);
  }
  if (tally.failures.length) {
    // The same fault behind many endpoints (a router answer, say) reads better as one line.
    const kinds = new Map<string, string[]>();
    for (const f of tally.failures) {
      const kind = (f.problems[0] ?? '').replace(/"[^"]*"/g, '"…"');
      kinds.set(kind, [...(kinds.get(kind) ?? []), f.endpoint]);
    }
    lines.push('', 'failures by kind:');
    for (const [kind, endpoints] of kinds) lines.push(`  ${kind}: ${endpoints.length} endpoint(s): ${endpoints.join(', ')}`);
  }
  lines.push(
    '',
    `fuzz: ${tally.requests} requests (${tally.requests - tally.shrinks} generated, ${tally.shrinks} while shrinking) over ${tally.endpoints.size} endpoints in ${seconds.toFixed(1)} s; ` +
      `${tally.failures.length} distinct failures (${tally.brokenRequests} requests broke a rule)`,
  );
  return lines.join('\n');
}
