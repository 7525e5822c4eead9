/**
 * `npm start`: prepare the database, build when the sources are newer than the build, then serve.
 * The database is prepared here first so that a bad path fails in one line before Next starts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { databasePath, openDatabase } from '../db/open';
import { seedDatabase } from '../db/seed/seed-database';
import { publicBaseUrl } from '../lib/i18n/public-url';
import { ensureSearchIndex } from '../lib/server/search-index';
import { ensureBuild } from './app-build';
import { parseCli, runCli } from './cli';

const usage = `
Usage: npm start

Creates, migrates and (when empty) seeds the database, builds the app if it has changed,
and serves it on http://localhost:$PORT (3000 unless PORT is set).
DATABASE_PATH sets the database file (default data/heritage.db).
`;

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

  ensureBuild(publicBaseUrl());

  // The server runs in a process of its own: this one has loaded the app's server modules under
  // the react-server condition, which Next's renderer must not share. A signal is passed on, and
  // the server's own shutdown (scripts/serve.ts) decides when it has finished.
  const server = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
});
