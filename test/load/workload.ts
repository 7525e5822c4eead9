/**
 * The workload against a running server: sign everyone in, find the targets, warm every path once,
 * make the run's own records, then start all users at once (readers, note writers, creators, the
 * refuser, the panels) and sample the server's memory until the time is up. The clients stop at
 * the end; a time limit after it aborts whatever still waits on the server.
 */
import { signIn } from '../../bench/run/account';
import type { Server } from '../../bench/run/server';
import { Client } from './client';
import type { Ledger } from './ledger';
import { type RssSample, sampleMemory } from './memory';
import { type Allocation, type LoadOptions, PANEL_SIZE, READ_KINDS, type ReadKind } from './options';
import { type PanelFigures, runPanel } from './panel';
import { startReads } from './reads';
import { sendRefusals } from './refusals';
import type { Account } from './setup';
import { createRecords, createStaffFixtures, writeNotes } from './staff';
import type { Stats } from './stats';
import { discover, expectedReadStatus, noteTargets, readPaths, ruleBreakingSave } from './targets';

/** Time for clients to finish after the load's end before they are cut off (a request may take 30 s). */
export const GRACE_S = 60;

export interface LoadOutcome {
  loadS: number;
  cutOff: boolean;
  panels: PanelFigures[];
  intervalS: number;
  samples: RssSample[];
}

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

export async function driveLoad(
  server: Server,
  options: LoadOptions,
  allocation: Allocation,
  accounts: Account[],
  ledger: Ledger,
  stats: Stats,
  progress: (line: string) => void,
): Promise<LoadOutcome> {
  const stop = new AbortController();
  const cookies = await Promise.all(accounts.map((a) => signIn(server.url, a)));
  const client = (a: Account) => new Client(server.url, stats, stop.signal, cookies[accounts.indexOf(a)] as string);
  const staff = accounts.filter((a) => a.role === 'staff').map(client);
  const expertAccounts = accounts.filter((a) => a.role === 'expert');
  // The last expert sits on no panel: the outsider the panels' refusals need.
  const outsider = client(expertAccounts.at(-1) as Account);

  const data = await discover(server.url);
  const paths = readPaths(data);
  await warmUp(server.url, paths, server);
  const fixtures = await createStaffFixtures(staff[0] as Client, ledger);
  const targets = noteTargets(data).slice(0, Math.ceil(allocation.noteWriters / 2));
  const first = targets[0];
  if (!first) throw new Error('no milestone of a published project to save notes on');
  progress(`warm; ${READ_KINDS.map((k) => `${paths[k].length} ${k}`).join(', ')} paths; load for ${options.durationS} s`);

  const intervalS = Math.min(5, Math.max(1, Math.round(options.durationS / 60)));
  const memory = sampleMemory(server.pid, intervalS * 1000, () => stats.live);
  const started = performance.now();
  const deadline = started + options.durationS * 1000;
  const running = () => performance.now() < deadline && !stop.signal.aborted;
  const reads = READ_KINDS.map((kind) =>
    startReads(server.url, kind, paths[kind], allocation.reads[kind], options.durationS, expectedReadStatus(kind), stats),
  );
  let cutOff = false;
  const limit = setTimeout(
    () => {
      cutOff = true;
      stop.abort();
      for (const r of reads) r.stop();
    },
    (options.durationS + GRACE_S) * 1000,
  );
  const ticker = setInterval(
    () =>
      progress(
        `${stats.live} answers, ${ledger.count('acknowledged')} writes acknowledged, server RSS ${memory.samples.at(-1)?.mb ?? '—'} MB`,
      ),
    (options.quick ? 5 : 30) * 1000,
  );

  let turn = 1;
  const nextStaff = () => staff[turn++ % staff.length] as Client;
  const saved = new Map<number, number>();
  const panels: PanelFigures[] = [];
  try {
    await Promise.all([
      ...reads.map((r) => r.done),
      ...Array.from({ length: allocation.noteWriters }, async (_, w) => {
        const target = targets[w % targets.length] as typeof first;
        const count = await writeNotes(nextStaff(), ledger, target, running);
        saved.set(target.id, (saved.get(target.id) ?? 0) + count);
      }),
      ...Array.from({ length: allocation.creators }, (_, w) => createRecords(nextStaff(), ledger, fixtures, w, running)),
      ...Array.from({ length: allocation.refusers }, () =>
        sendRefusals(
          { staff: nextStaff(), expert: outsider, fixtures, noteMilestone: first.id, ruleBreaking: ruleBreakingSave(data) },
          ledger,
          running,
        ),
      ),
      ...Array.from({ length: allocation.panels }, async (_, p) => {
        const seats = expertAccounts.slice(p * PANEL_SIZE, (p + 1) * PANEL_SIZE);
        const panel = { index: p + 1, members: seats.map(client), emails: seats.map((a) => a.email), staff: nextStaff(), outsider };
        panels.push(await runPanel(panel, ledger, fixtures, running));
      }),
    ]);
  } finally {
    // Also when a worker failed: nothing of the run may go on hammering the server.
    clearTimeout(limit);
    clearInterval(ticker);
    memory.stop();
    stop.abort();
    for (const r of reads) r.stop();
  }

  // No lost and no phantom save: each milestone's version moved once per acknowledged save.
  for (const target of targets) {
    const count = saved.get(target.id) ?? 0;
    ledger.finalChecks.push({
      label: `milestone ${target.id} version (${target.version} + ${count} acknowledged saves)`,
      sql: 'select version from milestones where id = ?',
      params: [target.id],
      want: target.version + count,
    });
  }
  const loadS = Math.round((performance.now() - started) / 100) / 10;
  progress(`load done: ${stats.live} answers, ${ledger.records.length} writes sent; stopping the server`);
  return { loadS, cutOff, panels, intervalS, samples: memory.samples };
}
