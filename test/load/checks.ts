/**
 * The run's checks, each pass or fail with what it found, from the run's findings. Pure, so that
 * each can be shown to fail on made-up findings (checks.test.ts).
 */
import type { WriteRecord } from './ledger';
import type { MemoryJudgement } from './memory';
import { READ_KINDS, type ReadKind } from './options';
import type { KindRow } from './stats';
import { totals } from './stats';
import { expectedReadStatus } from './targets';
import type { Verification } from './verify';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Findings {
  rows: readonly KindRow[];
  writes: readonly WriteRecord[];
  panelProblems: readonly string[];
  locked: number;
  verification: Verification;
  memory: MemoryJudgement;
  /** How the server ended after SIGTERM; null when it had to be killed. */
  stopped: { code: number | null; signal: string | null } | null;
  integrity: string;
  /** Seconds after the load's end at which the clients were cut off, or null when they finished in time. */
  cutOffAfterS: number | null;
}

/** One check from a list of problems: ok when there are none; the detail names the first few. */
export function checkFrom(name: string, problems: readonly string[], whenOk: string, shown = 10): Check {
  if (problems.length === 0) return { name, ok: true, detail: whenOk };
  const more = problems.length > shown ? `\n    … and ${problems.length - shown} more` : '';
  return { name, ok: false, detail: `${problems.length} found:\n    ${problems.slice(0, shown).join('\n    ')}${more}` };
}

/** Statuses a read kind got beyond the one it must get; other kinds (the writers') are the ledger's. */
export function readStatusProblems(rows: readonly KindRow[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    if (!(READ_KINDS as readonly string[]).includes(row.kind)) continue;
    const want = expectedReadStatus(row.kind as ReadKind);
    for (const [status, count] of Object.entries(row.statuses)) {
      if (Number(status) !== want) problems.push(`${row.kind}: ${count} answers ${status}, want ${want}`);
    }
  }
  return problems;
}

export function loadChecks(f: Findings): Check[] {
  const sum = totals(f.rows);
  const unexpected = f.writes
    .filter((r) => r.unexpected)
    .map((r) => `${r.kind} ${r.method} ${r.path} answered ${r.status}, want ${r.expect.join(' or ')}: ${r.detail}`);
  const { verification: v, memory, stopped } = f;
  return [
    checkFrom('no server errors', sum.serverErrors ? [`${sum.serverErrors} answers ≥ 500 (listed below)`] : [], '0 answers ≥ 500'),
    checkFrom(
      'no connection errors or timeouts',
      sum.connectionErrors + sum.timeouts ? [`${sum.connectionErrors} connection errors, ${sum.timeouts} timeouts`] : [],
      '0 connection errors, 0 timeouts',
    ),
    checkFrom('every read got its status', readStatusProblems(f.rows), 'pages, searches and open data 200; unknown addresses 404'),
    checkFrom('every write got an answer it allows', unexpected, `${f.writes.length} writes`),
    checkFrom('every panel cycle reached its lock', f.panelProblems, `${f.locked} inspections signed and locked`),
    checkFrom(
      'acknowledged writes found exactly once, refused ones nowhere',
      v.failures,
      `${v.checked} acknowledged writes in their rows and the audit trail; ${v.refused} refused writes left nothing`,
    ),
    { name: 'memory levels off', ok: memory.ok, detail: memory.judged ? memory.reason : `not judged: ${memory.reason}` },
    checkFrom(
      'the server stopped cleanly on SIGTERM',
      stopped?.code === 0 ? [] : [stopped ? `exit ${stopped.code ?? stopped.signal}` : 'it did not exit within 20 s and was killed'],
      'exit 0',
    ),
    checkFrom('database integrity', f.integrity === 'ok' ? [] : [f.integrity], 'integrity_check ok'),
    checkFrom(
      'the clients finished in time',
      f.cutOffAfterS === null ? [] : [`the clients were cut off ${f.cutOffAfterS} s after the load's end`],
      'all stopped at the end',
    ),
  ];
}
