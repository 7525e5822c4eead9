/**
 * `npm run test:crash`: the production server killed with SIGKILL at random moments of a write
 * burst, again and again on the same database, which is checked after every kill; and once per run,
 * a clean stop on SIGTERM with a write in flight. test/crash/ holds the parts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { createRng } from '../bench/data/prng';
import { createStaff, signIn } from '../bench/run/account';
import { startServer } from '../bench/run/server';
import type { OwnedMilestone, Write } from '../test/crash/ledger';
import { claimMilestones, prepareDatabase } from '../test/crash/setup';
import { checkCleanShutdown } from '../test/crash/shutdown';
import { snapshotOf, verifyDatabase } from '../test/crash/verify';
import { creatingWriter, milestoneWriter, type Session, send } from '../test/crash/writes';
import { builtFor, ensureBuild } from './app-build';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run test:crash [-- --kills N] [--port P] [--seed S] [--quick]

Runs the production server on a throwaway database and kills it with SIGKILL at a random moment of
a burst of staff writes (milestone notes saved with their version, sites, buildings and
designations created), N times, restarting it on the same file each time. After every kill a
connection of its own checks: integrity_check ok, foreign_key_check empty, the search index
consistent; every write answered 2xx is there with its audit event exactly once; a write cut off
by the kill is there whole (record, audit event, search row) or not at all; a connection the server
refused wrote nothing. Once per run, a clean stop: SIGTERM while a write's body is still arriving;
the write must be answered as usual, new connections refused, the exit 0 within the grace period
with "stopped cleanly" logged, and no write-ahead log left.

  --kills N   kills (default 100; 5 with --quick)
  --port P    the server's port (default 3300)
  --seed S    the seed of the kill moments, printed at the start to replay a run (default: random)
  --quick     5 kills, for npm test
`;

const MILESTONE_WRITERS = 3;
const CREATING_WRITERS = 3;
/** The kill comes this long after the burst starts: from before the first write lands to well into it. */
const KILL_AFTER_MS = [20, 3000] as const;
const PREFIX = 'crash-';

const args = parseCli(usage, { kills: { type: 'string' }, port: { type: 'string' }, seed: { type: 'string' }, quick: { type: 'boolean' } });

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(
      `test:crash: --${name}: "${value}" is not a whole number from ${min} to ${max}\nRun \`npm run test:crash -- --help\` for usage.`,
    );
    process.exit(2);
  }
  return n;
}

const kills = wholeNumber('kills', args.kills, args.quick ? 5 : 100, 1, 100_000);
const port = wholeNumber('port', args.port, 3300, 1024, 65_535);
const seed = args.seed ?? crypto.randomBytes(4).toString('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) =>
  ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/**
 * Checks a copy of the database as the server left it (see snapshotOf), and takes the milestones'
 * versions from it for the next burst: a save cut off by the kill may have committed.
 */
function checkDatabase(database: string, ledger: Write[], owned: (OwnedMilestone & { version: number })[]) {
  const snapshot = snapshotOf(database);
  try {
    const check = verifyDatabase(snapshot.copy, ledger, owned, PREFIX);
    const db = new Database(snapshot.copy, { fileMustExist: true });
    try {
      for (const m of owned)
        m.version = (db.prepare('select version from milestones where id = ?').pluck().get(m.id) as number) ?? m.version;
    } finally {
      db.close();
    }
    return check;
  } finally {
    snapshot.remove();
  }
}

runCli('test:crash', async () => {
  const started = performance.now();
  console.log(`test:crash: ${kills} kills, seed ${seed} (replay with --seed ${seed}), port ${port}`);
  ensureBuild(builtFor() ?? `http://127.0.0.1:${port}`);
  const workspace = prepareDatabase();
  let keep = false;
  // Also on Ctrl-C; a failed run keeps its database to look at.
  process.once('exit', () => keep || workspace.remove());
  const { database } = workspace;
  const ledger: Write[] = [];
  const fail = (round: number, failures: string[]) => {
    keep = true;
    const shown = failures.slice(0, 20).map((f) => `  - ${f}`);
    if (failures.length > 20) shown.push(`  … and ${failures.length - 20} more`);
    throw new Error(
      `round ${round}: ${failures.length} failure(s):\n${shown.join('\n')}\nthe database is kept at ${database} (seed ${seed})`,
    );
  };

  // Round 0: an account, the milestones to save, and the clean stop.
  const account = await createStaff(database);
  const setup = await startServer(port, database);
  const session: Session = { baseUrl: setup.url, cookie: '' };
  let owned: (OwnedMilestone & { version: number })[];
  let shutdown: Awaited<ReturnType<typeof checkCleanShutdown>>;
  try {
    session.cookie = await signIn(setup.url, account);
    owned = await claimMilestones(session, database, MILESTONE_WRITERS, ledger);
    const site = `${PREFIX}r0-shutdown`;
    const created = await send(session, 'POST', '/api/v1/sites', { slug: site, name: { zh: '停机测试单位' }, category: 'modern_historic' });
    if (created.outcome !== 'acked') throw new Error(`creating the site for the shutdown check failed: ${created.detail}`);
    ledger.push({ kind: 'site', token: site, round: 0, outcome: 'acked', requestId: created.requestId, id: created.body?.id as number });
    shutdown = await checkCleanShutdown(setup, session.cookie, database, site);
  } finally {
    await setup.stop();
  }
  ledger.push(shutdown.write);
  const afterStop = checkDatabase(database, ledger, owned);
  if (shutdown.failures.length || afterStop.failures.length) fail(0, [...shutdown.failures, ...afterStop.failures]);
  console.log(
    `test:crash: SIGTERM with a write in flight: answered 201, new connections refused, exit 0 ${seconds(shutdown.exitMs)} after the signal, "stopped cleanly", no write-ahead log left, database intact`,
  );

  const rng = createRng(seed, 'kill moments');
  const totals = { acked: 0, committed: 0, absent: 0, notSent: 0, startMs: 0, hotLogs: 0 };
  const progressEvery = process.stdout.isTTY ? 1 : 10;
  for (let round = 1; round <= kills; round++) {
    const killAfter = rng.int(...KILL_AFTER_MS);
    const startAt = performance.now();
    const server = await startServer(port, database);
    totals.startMs += performance.now() - startAt;
    const from = ledger.length;
    const writers = [
      ...owned.map((m, i) => milestoneWriter(session, ledger, round, i + 1, m)),
      ...Array.from({ length: CREATING_WRITERS }, (_, i) => creatingWriter(session, ledger, round, i + 1, PREFIX)),
    ];
    await sleep(killAfter);
    await server.kill('SIGKILL');
    await Promise.all(writers);

    const writes = ledger.slice(from);
    // A log with frames the server never folded in: its next start has to recover from it.
    if ((fs.statSync(`${database}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) totals.hotLogs += 1;
    const check = checkDatabase(database, ledger, owned);
    const refused = writes.filter((w) => w.outcome === 'refused').map((w) => `${w.kind} ${w.token} was refused: ${w.detail}`);
    if (refused.length || check.failures.length) fail(round, [...refused, ...check.failures]);

    const cut = writes.filter((w) => w.outcome === 'in-flight');
    const figures = {
      acked: writes.filter((w) => w.outcome === 'acked').length,
      committed: cut.filter((w) => check.found.get(w)).length,
      absent: cut.filter((w) => !check.found.get(w)).length,
      notSent: writes.filter((w) => w.outcome === 'not-sent').length,
    };
    totals.acked += figures.acked;
    totals.committed += figures.committed;
    totals.absent += figures.absent;
    totals.notSent += figures.notSent;
    if (round % progressEvery === 0 || round === kills) {
      console.log(
        `test:crash: kill ${round}/${kills} after ${killAfter} ms: ${figures.acked} writes acknowledged, ${cut.length} cut off (${figures.committed} committed whole, ${figures.absent} absent), ${figures.notSent} refused connections; checks pass (${seconds(performance.now() - started)} so far)`,
      );
    }
  }

  const acknowledged = ledger.filter((w) => w.outcome === 'acked').length;
  console.log(
    `test:crash: ${kills} kills survived in ${seconds(performance.now() - started)} (seed ${seed}): ${totals.acked} writes acknowledged in the bursts, ` +
      `all ${acknowledged} acknowledged writes found with one audit event each after every kill; ${totals.committed + totals.absent} cut off by a kill ` +
      `(${totals.committed} committed whole, ${totals.absent} absent), ${totals.notSent} never reached the server; integrity, foreign keys and search index ok; ${totals.hotLogs} kills left a write-ahead log for the next start to recover; ` +
      `clean SIGTERM stop in ${seconds(shutdown.exitMs)}; server start ${seconds(totals.startMs / kills)} on average`,
  );
});
