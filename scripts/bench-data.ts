import path from 'node:path';
import { BenchDataError, COUNTED_TABLES, writeBenchData } from '../bench/data/generate';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm run bench:data -- --db PATH [--sites N] [--seed S] [--force]

Writes a national-scale database for benchmarks through the real schema and migrations: the 二砂
case, then N sites (≈5 buildings each), 2N projects with their approvals, milestones, decided
inspections and rectification items, organisations and expert accounts, and the search index.
The same arguments always write the same rows.

  --db PATH    the SQLite file to create (refused if it exists, unless --force)
  --sites N    how many sites (default 50000: about 250,000 buildings, 100,000 projects, 800,000 milestones)
  --seed S     the generators' seed (default "heritage")
  --force      replace an existing file

Example:
  npm run bench:data -- --db /tmp/bench/national.db
`;

const args = parseCli(usage, {
  db: { type: 'string' },
  sites: { type: 'string', default: '50000' },
  seed: { type: 'string', default: 'heritage' },
  force: { type: 'boolean', default: false },
});

/** A refusal the person can act on: one line, exit status 2. */
function refuse(message: string): never {
  console.error(`bench:data: ${message}\nRun \`npm run bench:data -- --help\` for usage.`);
  process.exit(2);
}

if (!args.db) refuse('--db PATH is required');
if (!/^\d+$/.test(args.sites) || Number(args.sites) < 1 || Number(args.sites) > 1_000_000)
  refuse(`--sites must be a whole number from 1 to 1000000, got "${args.sites}"`);

const tty = process.stdout.isTTY;
const file = path.resolve(args.db);

runCli('bench:data', () => {
  console.log(`bench:data: writing ${args.sites} sites (seed "${args.seed}") to ${file}`);
  try {
    const summary = writeBenchData({
      file,
      sites: Number(args.sites),
      seed: args.seed,
      force: args.force,
      onPhase: (phase, seconds, cpuSeconds, detail) => {
        if (tty) process.stdout.write('\r\x1b[K');
        console.log(
          `  ${seconds.toFixed(1).padStart(6)} s (cpu ${cpuSeconds.toFixed(1).padStart(5)} s)  ${phase}${detail ? `: ${detail}` : ''}`,
        );
      },
      onProgress: (phase, done, total) => {
        if (tty) process.stdout.write(`\r\x1b[K  ${phase}: ${done}/${total} sites (${Math.round((done / total) * 100)}%)`);
      },
    });
    console.log('\n  rows per table');
    for (const table of COUNTED_TABLES) console.log(`  ${String(summary.counts[table]).padStart(10)}  ${table}`);
    console.log(
      `\nbench:data: wrote ${file} (${(summary.bytes / 1024 / 1024).toFixed(0)} MB) in ${summary.seconds.toFixed(1)} s: ` +
        `${summary.counts.sites} sites, ${summary.counts.buildings} buildings, ${summary.counts.projects} projects, ${summary.counts.milestones} milestones`,
    );
  } catch (error) {
    if (error instanceof BenchDataError) refuse(error.message);
    throw error;
  }
});
