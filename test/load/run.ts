/**
 * One load run from start to verdict: build if needed, a throwaway database and accounts, the
 * production server, the workload (test/load/workload.ts) for the set time, then the server
 * stopped with SIGTERM and the database held to the ledger. The server is always stopped and the
 * folder always removed, whatever happens; a watchdog ends the run if anything hangs.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { type Server, startServer } from '../../bench/run/server';
import { builtFor, ensureBuild } from '../../scripts/app-build';
import { loadChecks } from './checks';
import { Ledger } from './ledger';
import { judgeMemory } from './memory';
import { allocate, type LoadOptions, PANEL_SIZE } from './options';
import { type LoadReport, writeFigures } from './report';
import { createAccounts, prepareWorkspace } from './setup';
import { Stats, totals } from './stats';
import { verifyDatabase } from './verify';
import { driveLoad, GRACE_S, type LoadOutcome } from './workload';

/** Setup (database, accounts, server start, warm-up) and the final checks, beyond the load itself. */
const SETUP_AND_CHECKS_S = 240;

/** SIGTERM and the exit status, or null when it had to be killed after waiting. */
async function stopServer(server: Server): Promise<{ code: number | null; signal: string | null } | null> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), 20_000);
  });
  const exited = await Promise.race([server.kill('SIGTERM'), waited]);
  // Cleared, or the process would wait out the 20 s after its verdict.
  clearTimeout(timer);
  if (exited === null) await server.stop();
  return exited;
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export async function runLoadTest(options: LoadOptions, progress: (line: string) => void): Promise<LoadReport> {
  const runStarted = Date.now();
  const runId = crypto.randomBytes(3).toString('hex');
  const allocation = allocate(options.connections);
  const url = `http://127.0.0.1:${options.port}`;

  ensureBuild(builtFor() ?? url);
  // The last resort if anything hangs, the server's stop included: exit, which kills the server's group.
  const watchdogS = SETUP_AND_CHECKS_S + options.durationS + GRACE_S;
  setTimeout(() => {
    console.error(`test:load: the run passed its hard time limit of ${watchdogS} s; stopping`);
    process.exit(1);
  }, watchdogS * 1000).unref();

  const workspace = prepareWorkspace();
  const staffWorkers = allocation.noteWriters + allocation.creators + allocation.refusers + allocation.panels;
  const accounts = await createAccounts(
    workspace.database,
    [
      ...Array.from({ length: staffWorkers }, (_, i) => ({ role: 'staff' as const, name: `负载测试员${i + 1}` })),
      // One more expert than the panels seat: an outsider to every panel.
      ...Array.from({ length: allocation.panels * PANEL_SIZE + 1 }, (_, i) => ({ role: 'expert' as const, name: `负载测试专家${i + 1}` })),
    ],
    runId,
  );
  progress(`database and ${accounts.length} accounts in ${workspace.dir}; starting the server on ${url}`);

  const writesSince = Date.now();
  // LOG_LEVEL warn: the server's buffer of last lines then holds its warnings and errors, not access lines.
  const server = await startServer(options.port, workspace.database, { LOG_LEVEL: 'warn' });
  const stats = new Stats();
  const ledger = new Ledger(runId);
  let outcome: LoadOutcome;
  let stopped: Awaited<ReturnType<typeof stopServer>>;
  try {
    outcome = await driveLoad(server, options, allocation, accounts, ledger, stats, progress);
  } finally {
    stopped = await stopServer(server);
  }

  const verification = verifyDatabase(workspace.database, ledger, writesSince);
  const integrityResult = integrity(workspace.database);
  workspace.remove();

  const loadS = outcome.loadS || options.durationS;
  const rows = stats.rows(loadS);
  const sum = totals(rows);
  const memory = judgeMemory(outcome.samples);
  const checks = loadChecks({
    rows,
    writes: ledger.records,
    panelProblems: outcome.panels.flatMap((p) => p.problems),
    locked: outcome.panels.reduce((s, p) => s + p.locked, 0),
    verification,
    memory,
    stopped,
    integrity: integrityResult,
    cutOffAfterS: outcome.cutOff ? GRACE_S : null,
  });
  return {
    ok: checks.every((c) => c.ok),
    startedAt: new Date(runStarted).toISOString(),
    settings: { durationS: options.durationS, connections: options.connections, quick: options.quick, allocation },
    loadS: outcome.loadS,
    totalS: Math.round((Date.now() - runStarted) / 1000),
    totals: { ...sum, rps: Math.round((sum.requests / loadS) * 10) / 10 },
    kinds: rows,
    writes: writeFigures(ledger.records, verification.checked),
    panels: { cycles: outcome.panels.reduce((s, p) => s + p.cycles, 0), locked: outcome.panels.reduce((s, p) => s + p.locked, 0) },
    memory: { ...memory, intervalS: outcome.intervalS, samples: outcome.samples },
    checks,
    incidents: stats.incidents,
    incidentCount: stats.incidentCount,
    serverLog: server.output(),
  };
}
