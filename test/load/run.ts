/**
 * One load run from start to verdict: build if needed, a throwaway database and accounts, the
 * production server, the workload (readers, staff, refusals, panels) for the set time, then the
 * server stopped with SIGTERM and the database held to the ledger. The server is always stopped
 * and the folder always removed, whatever happens; the clients are stopped by a time limit even
 * if the server stops answering.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { signIn } from '../../bench/run/account';
import { type Server, startServer } from '../../bench/run/server';
import { builtFor, ensureBuild } from '../../scripts/app-build';
import { Client } from './client';
import { Ledger } from './ledger';
import { judgeMemory, sampleMemory } from './memory';
import { allocate, type LoadOptions, PANEL_SIZE, READ_KINDS, type ReadKind } from './options';
import { type PanelFigures, runPanel } from './panel';
import { startReads } from './reads';
import { sendRefusals } from './refusals';
import { checkFrom, type LoadReport, readStatusProblems, writeFigures } from './report';
import { type Account, createAccounts, prepareWorkspace } from './setup';
import { createRecords, createStaffFixtures, writeNotes } from './staff';
import { Stats, totals } from './stats';
import { discover, expectedReadStatus, noteTargets, readPaths, ruleBreakingSave } from './targets';
import { verifyDatabase } from './verify';

/** Time for clients to finish after the load's end before they are cut off (a request may take 30 s). */
const GRACE_S = 60;
/** Setup (database, accounts, server start, warm-up) and the final checks, beyond the load itself. */
const SETUP_AND_CHECKS_S = 240;

export type Progress = (line: string) => void;

/** Every path once before the clock starts: pages render on their first request, and a broken one fails here. */
async function warmUp(baseUrl: string, paths: Record<ReadKind, string[]>, server: Server): Promise<void> {
  const queue = READ_KINDS.flatMap((kind) => paths[kind].map((path) => ({ kind, path })));
  // A few at a time: the server has two cores to render with.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const response = await fetch(`${baseUrl}${next.path}`, { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      if (response.status !== expectedReadStatus(next.kind)) {
        throw new Error(
          `warm-up: GET ${next.path} answered ${response.status} (request ${response.headers.get('x-request-id')}), want ${expectedReadStatus(next.kind)}\n${server.output().join('\n')}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

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

export async function runLoadTest(options: LoadOptions, progress: Progress): Promise<LoadReport> {
  const runStarted = Date.now();
  const runId = crypto.randomBytes(3).toString('hex');
  const allocation = allocate(options.connections);
  const url = `http://127.0.0.1:${options.port}`;

  ensureBuild(builtFor() ?? url);
  // The last resort if anything hangs, the server stop included: exit, which kills the server's group.
  const watchdogS = SETUP_AND_CHECKS_S + options.durationS + GRACE_S;
  setTimeout(() => {
    console.error(`test:load: the run passed its hard time limit of ${watchdogS} s; stopping`);
    process.exit(1);
  }, watchdogS * 1000).unref();

  const workspace = prepareWorkspace();
  const staffWorkers = allocation.noteWriters + allocation.creators + allocation.refusers + allocation.panels;
  const wanted = [
    ...Array.from({ length: staffWorkers }, (_, i) => ({ role: 'staff' as const, name: `负载测试员${i + 1}` })),
    ...Array.from({ length: allocation.panels * PANEL_SIZE + 1 }, (_, i) => ({ role: 'expert' as const, name: `负载测试专家${i + 1}` })),
  ];
  const accounts = await createAccounts(workspace.database, wanted, runId);
  const staffAccounts = accounts.filter((a) => a.role === 'staff');
  const expertAccounts = accounts.filter((a) => a.role === 'expert');
  progress(`database and ${accounts.length} accounts in ${workspace.dir}; starting the server on ${url}`);

  const writesSince = Date.now();
  // LOG_LEVEL warn: the server's buffer of last lines then holds its warnings and errors, not access lines.
  const server = await startServer(options.port, workspace.database, { LOG_LEVEL: 'warn' });
  const stats = new Stats();
  const ledger = new Ledger(runId);
  const stop = new AbortController();
  let cutOff = false;
  let loadS = 0;
  const figures: PanelFigures[] = [];
  let memory: ReturnType<typeof sampleMemory> | undefined;
  const intervalS = Math.min(5, Math.max(1, Math.round(options.durationS / 60)));
  let stopped: Awaited<ReturnType<typeof stopServer>> = null;
  try {
    const cookies = await Promise.all(accounts.map((a: Account) => signIn(server.url, a)));
    const cookieOf = (a: Account) => cookies[accounts.indexOf(a)] as string;
    const client = (a: Account) => new Client(server.url, stats, stop.signal, cookieOf(a));
    const staff = staffAccounts.map(client);
    const experts = expertAccounts.map(client);

    const data = await discover(server.url);
    const paths = readPaths(data);
    await warmUp(server.url, paths, server);
    const fixtures = await createStaffFixtures(staff[0] as Client, ledger);
    const targets = noteTargets(data).slice(0, Math.ceil(allocation.noteWriters / 2));
    if (targets.length === 0) throw new Error('no milestone of a published project to save notes on');
    progress(`warm; ${READ_KINDS.map((k) => `${paths[k].length} ${k}`).join(', ')} paths; load for ${options.durationS} s`);

    memory = sampleMemory(server.pid, intervalS * 1000);
    const loadStarted = performance.now();
    const deadline = loadStarted + options.durationS * 1000;
    const running = () => performance.now() < deadline && !stop.signal.aborted;
    const reads = READ_KINDS.map((kind) =>
      startReads(server.url, kind, paths[kind], allocation.reads[kind], options.durationS, expectedReadStatus(kind), stats),
    );
    const limit = setTimeout(
      () => {
        cutOff = true;
        stop.abort();
        for (const r of reads) r.stop();
      },
      (options.durationS + GRACE_S) * 1000,
    );
    const ticker = setInterval(
      () => {
        const rss = memory?.samples.at(-1)?.mb ?? '—';
        progress(`${stats.live} answers, ${ledger.count('acknowledged')} writes acknowledged, server RSS ${rss} MB`);
      },
      (options.quick ? 5 : 30) * 1000,
    );

    let nextStaff = 1;
    const staffClient = () => staff[nextStaff++ % staff.length] as Client;
    const saved = new Map<number, number>();
    const workers: Promise<unknown>[] = [
      ...reads.map((r) => r.done),
      ...Array.from({ length: allocation.noteWriters }, async (_, w) => {
        const target = targets[w % targets.length] as (typeof targets)[number];
        const count = await writeNotes(staffClient(), ledger, target, running);
        saved.set(target.id, (saved.get(target.id) ?? 0) + count);
      }),
      ...Array.from({ length: allocation.creators }, (_, w) => createRecords(staffClient(), ledger, fixtures, w, running)),
      ...Array.from({ length: allocation.refusers }, () =>
        sendRefusals(
          {
            staff: staffClient(),
            expert: experts.at(-1) as Client,
            fixtures,
            noteMilestone: (targets[0] as (typeof targets)[number]).id,
            ruleBreaking: ruleBreakingSave(data),
          },
          ledger,
          running,
        ),
      ),
      ...Array.from({ length: allocation.panels }, async (_, p) => {
        const seats = expertAccounts.slice(p * PANEL_SIZE, (p + 1) * PANEL_SIZE);
        const panel = {
          index: p + 1,
          members: seats.map(client),
          emails: seats.map((a) => a.email),
          staff: staffClient(),
          outsider: experts.at(-1) as Client,
        };
        figures.push(await runPanel(panel, ledger, fixtures, running));
      }),
    ];
    await Promise.all(workers);
    clearTimeout(limit);
    clearInterval(ticker);
    memory.stop();
    loadS = Math.round((performance.now() - loadStarted) / 100) / 10;
    // No lost and no phantom save: each milestone's version moved once per acknowledged save.
    for (const target of targets) {
      const want = target.version + (saved.get(target.id) ?? 0);
      ledger.finalChecks.push({
        label: `milestone ${target.id} version (${target.version} + ${saved.get(target.id) ?? 0} acknowledged saves)`,
        sql: 'select version from milestones where id = ?',
        params: [target.id],
        want,
      });
    }
    progress(`load done: ${stats.live} answers, ${ledger.records.length} writes sent; stopping the server`);
  } finally {
    memory?.stop();
    stop.abort();
    stopped = await stopServer(server);
  }

  const verification = verifyDatabase(workspace.database, ledger, writesSince);
  const integrityResult = integrity(workspace.database);
  workspace.remove();

  const rows = stats.rows(loadS || options.durationS);
  const sum = totals(rows);
  const judgement = judgeMemory(memory?.samples ?? []);
  const readKinds = new Set<string>(READ_KINDS);
  const unexpected = ledger
    .unexpected()
    .map((r) => `${r.kind} ${r.method} ${r.path} answered ${r.status}, want ${r.expect.join(' or ')}: ${r.detail}`);
  const checks = [
    checkFrom('no server errors', sum.serverErrors ? [`${sum.serverErrors} answers ≥ 500 (listed below)`] : [], '0 answers ≥ 500'),
    checkFrom(
      'no connection errors or timeouts',
      sum.connectionErrors + sum.timeouts ? [`${sum.connectionErrors} connection errors, ${sum.timeouts} timeouts`] : [],
      '0 connection errors, 0 timeouts',
    ),
    checkFrom(
      'every read got its status',
      readStatusProblems(rows, (kind) => (readKinds.has(kind) ? expectedReadStatus(kind as ReadKind) : null)),
      'pages, searches and open data 200; unknown addresses 404',
    ),
    checkFrom('every write got an answer it allows', unexpected, `${ledger.records.length} writes`),
    checkFrom(
      'every panel cycle reached its lock',
      figures.flatMap((f) => f.problems),
      `${figures.reduce((s, f) => s + f.locked, 0)} inspections signed and locked`,
    ),
    checkFrom(
      'acknowledged writes found exactly once, refused ones nowhere',
      verification.failures,
      `${verification.checked} acknowledged writes in their rows and the audit trail; ${verification.refused} refused writes left nothing`,
    ),
    { name: 'memory levels off', ok: judgement.ok, detail: judgement.judged ? judgement.reason : `not judged: ${judgement.reason}` },
    checkFrom(
      'the server stopped cleanly on SIGTERM',
      stopped?.code === 0 ? [] : [stopped ? `exit ${stopped.code ?? stopped.signal}` : 'it did not exit within 20 s and was killed'],
      'exit 0',
    ),
    checkFrom('database integrity', integrityResult === 'ok' ? [] : [integrityResult], 'integrity_check ok'),
    checkFrom(
      'the clients finished in time',
      cutOff ? [`the clients were cut off ${GRACE_S} s after the load's end`] : [],
      'all stopped at the end',
    ),
  ];
  return {
    ok: checks.every((c) => c.ok),
    startedAt: new Date(runStarted).toISOString(),
    settings: { durationS: options.durationS, connections: options.connections, quick: options.quick, allocation },
    loadS,
    totalS: Math.round((Date.now() - runStarted) / 1000),
    totals: { ...sum, rps: Math.round((sum.requests / (loadS || options.durationS)) * 10) / 10 },
    kinds: rows,
    writes: writeFigures(ledger.records, verification.checked),
    panels: { cycles: figures.reduce((s, f) => s + f.cycles, 0), locked: figures.reduce((s, f) => s + f.locked, 0) },
    memory: { ...judgement, intervalS, samples: memory?.samples ?? [] },
    checks,
    incidents: stats.incidents,
    incidentCount: stats.incidentCount,
    serverLog: server.output(),
  };
}
