/**
 * The database under test. The source file is made by `npm run bench:data` when it is missing and is
 * never written: the benchmark runs on a copy in a temporary folder, so its writes (saves, an
 * account, sessions) leave the source as it was and every run starts from the same data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { ensureSearchIndex } from '../../lib/server/search-index';
import { runCommand } from './child';
import type { DatabaseFacts } from './results';

export async function ensureSource(file: string): Promise<void> {
  if (fs.existsSync(file)) return;
  console.error(`bench: ${file} does not exist; creating it with npm run bench:data (a few minutes)`);
  await runCommand('npm', ['run', '--silent', 'bench:data', '--', '--db', file]);
  if (!fs.existsSync(file)) throw new Error(`npm run bench:data did not create ${file}`);
}

export interface DatabaseCopy {
  file: string;
  remove(): void;
}

/**
 * A consistent copy through SQLite's backup API, which also carries what is still in the source's
 * WAL file (a plain file copy would miss it). The folder also receives the auth secret the server
 * creates beside the database.
 */
export async function copyDatabase(source: string): Promise<DatabaseCopy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-bench-'));
  const file = path.join(dir, 'bench.db');
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  // Also on Ctrl-C, which ends the run through process.exit: a national-scale copy is large.
  process.once('exit', remove);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // Large steps: the default of 100 pages per step makes a 1 GB copy crawl.
    await db.backup(file, { progress: () => 100_000 });
  } catch (error) {
    remove();
    throw error;
  } finally {
    db.close();
  }
  return { file, remove };
}

/**
 * Migrates the copy and brings its search index up to date, as `npm start` does before serving: a
 * database written by an older version would otherwise rebuild its index on the server's first
 * request, minutes at national scale, inside the figures. Returns the seconds a rebuild took, if any.
 */
export function prepareCopy(file: string): number | null {
  const { db, sqlite } = openDatabase(file);
  try {
    const started = Date.now();
    return ensureSearchIndex(db) ? Math.round((Date.now() - started) / 1000) : null;
  } finally {
    sqlite.close();
  }
}

const COUNTED = ['sites', 'buildings', 'projects', 'milestones', 'inspections', 'rectification_items', 'search_documents'] as const;

/** Counted on the copy once the server has started, so a search index it built at start is counted too. */
export function describeDatabase(copy: string, source: string): DatabaseFacts {
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of COUNTED) counts[table] = (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    counts.published_projects = (db.prepare('select count(*) as n from projects where published = 1').get() as { n: number }).n;
    return { source, bytes: fs.statSync(source).size, counts };
  } finally {
    db.close();
  }
}
