/**
 * The run's summary: a table of requests by kind (count, req/s, p50/p99, statuses), the writes,
 * the memory series, each check with what it found, the wrong answers and the server's own lines.
 * scripts/load-test.ts prints it and saves it (--json).
 */
import type { Check } from './checks';
import type { MemoryJudgement, RssSample } from './memory';
import type { Allocation } from './options';
import type { Incident, KindRow, totals } from './stats';

export interface WriteFigures {
  sent: number;
  acknowledged: number;
  refused: number;
  failed: number;
  /** Acknowledged writes whose every database check held. */
  checked: number;
  /** Writes whose answer was none of those the workload allows (listed in `checks`). */
  unexpected: number;
  byKind: Record<string, Record<string, number>>;
}

export interface LoadReport {
  ok: boolean;
  startedAt: string;
  settings: { durationS: number; connections: number; quick: boolean; allocation: Allocation };
  /** Seconds of load, and of the whole run from start to verdict. */
  loadS: number;
  totalS: number;
  totals: ReturnType<typeof totals> & { rps: number };
  kinds: KindRow[];
  writes: WriteFigures;
  panels: { cycles: number; locked: number };
  memory: MemoryJudgement & { intervalS: number; samples: RssSample[] };
  checks: Check[];
  incidents: Incident[];
  incidentCount: number;
  /** The server's own warning and error lines (JSON), the last it wrote. */
  serverLog: string[];
}

const pad = (value: string, width: number, right = false) => (right ? value.padStart(width) : value.padEnd(width));
const ms = (v: number | null) => (v === null ? '—' : v.toFixed(1));

export function renderKinds(rows: readonly KindRow[]): string {
  const header = `${pad('kind', 28)} ${pad('requests', 9, true)} ${pad('req/s', 8, true)} ${pad('p50 ms', 8, true)} ${pad('p99 ms', 8, true)}  statuses`;
  const lines = rows.map((r) => {
    const statuses = Object.entries(r.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    const failures = [r.errors ? `errors×${r.errors}` : '', r.timeouts ? `timeouts×${r.timeouts}` : ''].filter(Boolean).join(' ');
    return `${pad(r.kind, 28)} ${pad(String(r.requests), 9, true)} ${pad(r.rps.toFixed(1), 8, true)} ${pad(ms(r.p50Ms), 8, true)} ${pad(ms(r.p99Ms), 8, true)}  ${statuses}${failures ? ` ${failures}` : ''}`;
  });
  return [header, ...lines].join('\n');
}

export function renderMemory(memory: LoadReport['memory']): string {
  const series = memory.samples.map((s) => `${s.t}s ${s.mb}`).join(', ');
  const slope = memory.lastSlopeMbPerMin === null ? '' : ` (${memory.lastSlopeMbPerMin} MB/min)`;
  const figures = `start ${memory.startMb} MB, middle third ${memory.middleMeanMb ?? '—'} MB, last third ${memory.lastMeanMb ?? '—'} MB${slope}, end ${memory.endMb} MB, peak ${memory.peakMb} MB`;
  return `server RSS every ${memory.intervalS} s (MB): ${series}\nRSS: ${figures}`;
}

export function renderReport(r: LoadReport): string {
  const w = r.writes;
  return [
    `load test: ${r.settings.connections} connections for ${r.loadS} s${r.settings.quick ? ' (quick)' : ''}, started ${r.startedAt}`,
    '',
    renderKinds(r.kinds),
    '',
    `requests: ${r.totals.requests} (${r.totals.rps} req/s); 5xx: ${r.totals.serverErrors}; connection errors: ${r.totals.connectionErrors}; timeouts: ${r.totals.timeouts}`,
    `writes: ${w.sent} sent, ${w.acknowledged} acknowledged (${w.checked} checked in the database and the audit trail), ${w.refused} refused, ${w.failed} failed`,
    `panels: ${r.panels.cycles} inspection cycles, ${r.panels.locked} signed and locked`,
    renderMemory(r.memory),
    '',
    ...r.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
    ...(r.incidents.length
      ? [
          '',
          `wrong answers (${r.incidentCount}, first ${r.incidents.length}):`,
          ...r.incidents.map(
            (i) =>
              `  ${i.kind} ${i.method} ${i.path} → ${i.status || 'no answer'} (request ${i.requestId ?? '—'}): ${i.detail.slice(0, 160)}`,
          ),
        ]
      : []),
    ...(r.serverLog.length
      ? ['', 'server warnings and errors (last lines; whole in --json):', ...r.serverLog.map((l) => `  ${shortLogLine(l)}`)]
      : []),
  ].join('\n');
}

/** A JSON log line as one readable line: level, time, request id, what happened, without the stack. */
export function shortLogLine(line: string): string {
  try {
    const entry = JSON.parse(line) as {
      level?: string;
      time?: string;
      reqId?: string;
      msg?: string;
      req?: { method?: string; url?: string };
      err?: { message?: string };
    };
    const request = entry.req ? ` ${entry.req.method} ${entry.req.url}` : '';
    const error = entry.err?.message ? `: ${entry.err.message}` : '';
    return `${entry.level ?? '?'} ${entry.time ?? ''} ${entry.reqId ?? '-'}${request} ${entry.msg ?? ''}${error}`.slice(0, 400);
  } catch {
    return line.slice(0, 400);
  }
}

/** Writes by kind and outcome, for the summary. */
export function writeFigures(records: readonly { kind: string; outcome: string; unexpected: boolean }[], checked: number): WriteFigures {
  const byKind: Record<string, Record<string, number>> = {};
  for (const r of records) {
    const k = byKind[r.kind] ?? {};
    k[r.outcome] = (k[r.outcome] ?? 0) + 1;
    byKind[r.kind] = k;
  }
  const count = (o: string) => records.filter((r) => r.outcome === o).length;
  return {
    sent: records.length,
    acknowledged: count('acknowledged'),
    refused: count('refused'),
    failed: count('failed'),
    checked,
    unexpected: records.filter((r) => r.unexpected).length,
    byKind,
  };
}
