/**
 * `npm run test:load`: the load and soak test of issue 7. A mixed workload (public pages and
 * searches in both languages, staff writes, refused writes, expert panels from grades to the lock)
 * against the production server on a throwaway database, then the checks: no 5xx, no connection
 * error or timeout, every acknowledged write in its row and the audit trail exactly once, nothing
 * left by a refused one, memory that levels off. Exits non-zero when any check fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FULL, parseOptions, QUICK, type RawOptions } from '../test/load/options';
import { renderReport } from '../test/load/report';
import { runLoadTest } from '../test/load/run';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run test:load -- [--duration S] [--connections N] [--port P] [--quick] [--json FILE]

Runs a mixed workload against the production server (built if the sources changed) on a
throwaway database seeded with the 二砂 case, then checks the answers, the database and memory.
  --duration S     seconds of load (default ${FULL.durationS}; ${QUICK.durationS} with --quick)
  --connections N  concurrent clients, readers and writers together (default ${FULL.connections}; ${QUICK.connections} with --quick)
  --port P         where the server listens during the run (default 3200)
  --quick          a short run for npm test: about ${QUICK.durationS} s of load, under a minute in all
  --json FILE      also write the summary, every figure and the memory series, as JSON
Run it from the project folder, with no other server using its .next folder.
`;

const args = parseCli(usage, {
  duration: { type: 'string' },
  connections: { type: 'string' },
  port: { type: 'string' },
  quick: { type: 'boolean' },
  json: { type: 'string' },
});

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(args as RawOptions);
} catch (error) {
  console.error(`test:load: ${(error as Error).message}\n\n${usage.trim()}`);
  process.exit(2);
}

const started = Date.now();
const progress = (line: string) => console.error(`test:load [${Math.round((Date.now() - started) / 1000)} s] ${line}`);

// Ctrl-C or a kill ends the run through process.exit, whose handlers stop the server (bench/run/child.ts)
// and remove the run's folder (test/load/setup.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

runCli('test:load', async () => {
  if (!fs.existsSync(path.join('node_modules', 'next'))) throw new Error('run it from the project folder (no node_modules/next here)');
  const report = await runLoadTest(options, progress);
  console.log(renderReport(report));
  if (options.json) {
    fs.mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true });
    fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  const failed = report.checks.filter((c) => !c.ok).map((c) => c.name);
  const line = `${report.totals.requests} requests (${report.totals.rps} req/s) over ${report.loadS} s, ${report.totals.serverErrors} 5xx, ${report.writes.acknowledged} writes acknowledged and ${report.writes.checked} checked, RSS ${report.memory.startMb} → ${report.memory.endMb} MB, ${report.totalS} s in all`;
  if (failed.length) {
    console.error(`test:load: FAILED (${failed.join('; ')}): ${line}`);
    process.exit(1);
  }
  console.log(`test:load: passed: ${line}`);
});
