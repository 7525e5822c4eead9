/**
 * `npm run bench`: the reproducible benchmark of issue 6. Builds the app, serves it from a copy of
 * the national-scale database, measures pages, search, saves, freshness, memory, JavaScript and
 * Lighthouse, prints a markdown table with each target and writes bench/results.json.
 * Exits 0 when a target is missed (the table says so); non-zero only when the run itself failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createStaff, signIn } from '../bench/run/account';
import { runCommand } from '../bench/run/child';
import { copyDatabase, type DatabaseCopy, describeDatabase, ensureSource, prepareCopy } from '../bench/run/database';
import { checkFreshness } from '../bench/run/freshness';
import { measureJs } from '../bench/run/js-bytes';
import { auditPerformance } from '../bench/run/lighthouse';
import { describeMachine } from '../bench/run/machine';
import { serverRss } from '../bench/run/memory';
import { measurePages, ratioToAbout, warmPages } from '../bench/run/pages';
import { describeRun, missed, renderTable, tableRows } from '../bench/run/report';
import type { BenchResults } from '../bench/run/results';
import { sampleDatabase } from '../bench/run/sample';
import { measureSearch } from '../bench/run/search';
import { buildApp, type Server, startServer } from '../bench/run/server';
import { runWriters } from '../bench/run/writes';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run bench -- [--db PATH] [--duration SECONDS] [--no-build] [--port N]

Benchmarks the production build on a copy of a national-scale database and prints a markdown
table of every figure with its target from issue 6; writes bench/results.json.
  --db        the source database (default data/bench.db; created with npm run bench:data
              when missing). It is never written: the run uses a copy in a temporary folder.
  --duration  seconds of each load run (default 10); the whole run takes about 20 of them
              plus a minute or two, and the build
  --no-build  serve the build already in .next
  --port      where the server listens during the run (default 3100)
Run it from the project folder with no other server using its .next folder.
`;

const RESULTS_FILE = path.join('bench', 'results.json');
/** The route of the measured page in the build, for its client reference manifest. */
const PROJECT_ROUTE = '/[locale]/projects/[slug]/page';
const WRITERS = 10;
const FRESHNESS_RUNS = 20;

const args = parseCli(usage, {
  db: { type: 'string' },
  duration: { type: 'string' },
  'no-build': { type: 'boolean' },
  port: { type: 'string' },
});

function fail(message: string): never {
  console.error(`bench: ${message}\n\n${usage.trim()}`);
  process.exit(2);
}

function options() {
  const durationS = Number(args.duration ?? 10);
  if (!Number.isInteger(durationS) || durationS < 1 || durationS > 120)
    fail(`--duration must be a whole number of seconds from 1 to 120, got "${args.duration}"`);
  const port = Number(args.port ?? 3100);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) fail(`--port must be a port from 1024 to 65535, got "${args.port}"`);
  return { source: path.resolve(args.db ?? path.join('data', 'bench.db')), durationS, port, build: !args['no-build'] };
}

const started = Date.now();
const progress = (line: string) => console.error(`bench [${Math.round((Date.now() - started) / 1000)} s] ${line}`);

// Ctrl-C or a kill ends the run through process.exit, whose handler stops the server (bench/run/child.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

runCli('bench', async () => {
  const { source, durationS, port, build } = options();
  const machine = describeMachine(); // before anything of ours loads the machine
  if (!fs.existsSync(path.join('node_modules', 'next'))) throw new Error('run it from the project folder (no node_modules/next here)');

  await ensureSource(source);
  progress(`copying ${source}`);
  let copy: DatabaseCopy | undefined;
  let server: Server | undefined;
  try {
    copy = await copyDatabase(source);
    const rebuilt = prepareCopy(copy.file);
    if (rebuilt !== null) progress(`the copy's search index was stale: rebuilt in ${rebuilt} s (regenerate ${source} to skip this)`);
    const sample = sampleDatabase(copy.file);
    progress(`project ${sample.pages.project.path} (${sample.pages.project.milestones} milestones), site ${sample.pages.site.path}`);
    const account = await createStaff(copy.file);

    if (build) {
      progress('next build');
      await buildApp(copy.file);
    } else if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
      throw new Error('--no-build, but there is no build in .next');
    }
    progress(`starting next start on port ${port}`);
    server = await startServer(port, copy.file);
    const { url } = server;

    const aboutServedAs = await warmPages(url, sample, progress);
    // Named relative to the project when it lies inside it, so results.json holds no machine's paths.
    const relative = path.relative(process.cwd(), source);
    const database = describeDatabase(copy.file, relative.startsWith('..') ? source : relative);
    const memoryStart = serverRss(server.pid);
    progress(`warm; server RSS ${memoryStart.mb} MB in ${memoryStart.processes} processes`);

    const load = await measurePages(url, sample, durationS, progress);
    const search = await measureSearch(url, sample.searchTerms, durationS, progress);
    const cookie = await signIn(url, account);
    const writes = await runWriters(url, cookie, sample.writeCandidates, WRITERS, durationS);
    progress(`saves: ${writes.saves}, p99 ${writes.p99Ms} ms, ${writes.errors} errors`);
    const freshness = await checkFreshness(url, cookie, sample.pages.project.path, sample.freshnessMilestone, FRESHNESS_RUNS);
    progress(`freshness: ${freshness.shownOnNextRequest}/${freshness.runs} on the next request`);
    const js = await measureJs(url, sample.pages.project.path, PROJECT_ROUTE);
    progress(`JavaScript beyond the runtime: ${js.app.transferredBytes} bytes sent`);
    const lighthouse = await auditPerformance(`${url}${sample.pages.project.path}`);
    progress(`Lighthouse performance ${lighthouse.performance}`);
    const memoryAfter = serverRss(server.pid);

    const results: BenchResults = {
      machine,
      database,
      pages: { ...sample.pages, about: { ...sample.pages.about, servedAs: aboutServedAs } },
      load,
      ratios: { projectToAbout: ratioToAbout(load, 'project'), siteToAbout: ratioToAbout(load, 'site') },
      search,
      writes,
      freshness,
      memory: { startMb: memoryStart.mb, afterMb: memoryAfter.mb, processes: memoryAfter.processes },
      js,
      lighthouse,
    };
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    // In the project's own format, so that a committed result passes \`npm run lint\`.
    await runCommand(path.join('node_modules', '.bin', 'biome'), ['format', '--write', RESULTS_FILE]);

    const rows = tableRows(results);
    console.log(`${describeRun(results)}\n\n${renderTable(rows)}`);
    const misses = missed(rows);
    progress(
      `done in ${Math.round((Date.now() - started) / 1000)} s; ${misses.length ? `targets missed: ${misses.join('; ')}` : 'every target met'}; results in ${RESULTS_FILE}`,
    );
  } finally {
    await server?.stop();
    copy?.remove();
  }
});
