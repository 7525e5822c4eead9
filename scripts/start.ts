/**
 * `npm start`: prepare the database, build when the sources are newer than the build, then serve.
 * The database is prepared here first so that a bad path fails in one line before Next starts.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, openDatabase } from '../db/open';
import { seedDatabase } from '../db/seed/seed-database';
import { publicBaseUrl } from '../lib/i18n/public-url';
import { ensureSearchIndex } from '../lib/server/search-index';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm start

Creates, migrates and (when empty) seeds the database, builds the app if it has changed,
and serves it on http://localhost:$PORT (3000 unless PORT is set).
DATABASE_PATH sets the database file (default data/heritage.db).
`;

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'messages'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

/** The public address the build's prerendered pages (e.g. /about) carry in their canonical links. */
const BUILT_FOR = path.join('.next', 'PUBLIC_BASE_URL');

function buildIsStale(): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  if (!fs.existsSync(BUILT_FOR) || fs.readFileSync(BUILT_FOR, 'utf8') !== publicBaseUrl()) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(entry) > built);
}

const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');

const BUILD_LOCK = path.join('.next-build.lock');
const LOCK_STALE_MS = 15 * 60_000;

/**
 * Two starts at once (the e2e suite runs two servers) must not build into one .next together:
 * the first takes the lock and builds, the second waits, then finds the build fresh.
 */
function withBuildLock(work: () => void): void {
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock left by a build that died is taken over after a while.
      const since = fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > LOCK_STALE_MS) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

parseCli(usage, {});
runCli('start', () => {
  const { db, sqlite, path: file } = openDatabase(databasePath());
  const seed = seedDatabase(db);
  console.log(seed.seeded ? `start: new database at ${file}, seeded with the 二砂 case` : `start: database at ${file}`);
  // Here, not on the server's first request: at national scale a rebuild (a new index format after
  // an upgrade, or records loaded without one) takes minutes, and no reader should wait on it.
  const started = Date.now();
  if (ensureSearchIndex(db)) console.log(`start: search index rebuilt in ${Math.round((Date.now() - started) / 1000)} s`);
  sqlite.close();

  withBuildLock(() => {
    if (!buildIsStale()) return;
    console.log('start: building the app (first start or changed sources)…');
    const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed (see above)');
    fs.writeFileSync(BUILT_FOR, publicBaseUrl());
  });

  const port = process.env.PORT || '3000';
  const server = spawn(process.execPath, [next, 'start', '-p', port], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
});
