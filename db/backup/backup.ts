/**
 * An online backup: a consistent copy of the database while the server keeps writing to it, through
 * SQLite's backup API, checked before it is given its name.
 *
 * The backup API copies a number of pages per step and restarts from the first page when another
 * connection writes between two steps; under steady writes a stepwise copy never ends (tried: 20,000
 * steps of 100 pages against one writer, never done). A single step copies every page inside one
 * read transaction, which in WAL mode is one snapshot that writers do not disturb. So the copy goes
 * in large steps (progress to show on big databases) and, at the first restart, does the rest in one.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabaseFile, DatabaseCheckError, type DatabaseFacts } from './check';
import { fileStamp, makeSelfContained, moveIntoPlace, removeWithSidecars, tempBeside } from './files';

/** 4,096 pages of 4 KiB: 16 MiB a step. */
const PAGES_PER_STEP = 4096;
const ALL_PAGES = 0x7fffffff;

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
  /** True once the copy has switched to one step because the database changed under it. */
  oneStep: boolean;
}

export interface BackupOptions {
  source: string;
  out: string;
  /** Replace `out` if it exists. */
  force?: boolean;
  /** Pages per step before the first restart (tests use a small number to meet one). */
  pagesPerStep?: number;
  onProgress?: (progress: BackupProgress) => void;
}

export interface BackupResult extends DatabaseFacts {
  out: string;
  ms: number;
  /** Whether the source changed during the copy, so that it was finished in one step. */
  restarted: boolean;
}

/** A backup that cannot be made; the message is one line for a person. */
export class BackupError extends Error {
  name = 'BackupError';
}

function assertWritableOut(source: string, out: string, force: boolean): void {
  const dir = path.dirname(out);
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new BackupError(`cannot write ${out}: the folder ${dir} does not exist`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new BackupError(`cannot write ${out}: the folder ${dir} is not writable`);
  }
  if (path.resolve(out) === path.resolve(source)) throw new BackupError('the backup cannot be written over the database it copies');
  const existing = fs.statSync(out, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new BackupError(`cannot write ${out}: it is a folder`);
  if (existing && !force) throw new BackupError(`${out} already exists; choose another name or add --force to replace it`);
}

function openSource(source: string): Database.Database {
  if (!fs.existsSync(source)) throw new BackupError(`no database at ${source}`);
  try {
    // Read-write, though it only reads: a read-only connection would leave empty -wal and -shm files
    // beside a database no server has open. Waits out a writer's lock like the server does.
    return new Database(source, { fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw new BackupError(`cannot open the database at ${source}: ${(error as Error).message}`);
  }
}

/** Copies `source` to `out` while others may write to it, checks the copy, then gives it its name. */
export async function backupDatabase({
  source,
  out,
  force = false,
  pagesPerStep = PAGES_PER_STEP,
  onProgress,
}: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  assertWritableOut(source, out, force);
  const db = openSource(source);
  const temp = tempBeside(out, 'partial');
  // A copy cut short (an error, Ctrl-C) never stays behind under any name.
  const cleanUp = () => removeWithSidecars(temp);
  process.once('exit', cleanUp);
  try {
    let oneStep = false;
    let lastRemaining = Number.POSITIVE_INFINITY;
    try {
      await db.backup(temp, {
        progress: ({ totalPages, remainingPages }) => {
          // Remaining pages go down step by step; more than before means the copy began again.
          if (!oneStep && remainingPages >= lastRemaining) oneStep = true;
          lastRemaining = remainingPages;
          onProgress?.({ totalPages, remainingPages, oneStep });
          return oneStep ? ALL_PAGES : pagesPerStep;
        },
      });
    } catch (error) {
      throw new BackupError(`the copy failed: ${(error as Error).message}`);
    } finally {
      db.close();
    }
    makeSelfContained(temp);
    let facts: DatabaseFacts;
    try {
      facts = checkDatabaseFile(temp);
    } catch (error) {
      if (error instanceof DatabaseCheckError) throw new BackupError(`the copy of ${source} failed its check: ${error.reason}`);
      throw error;
    }
    moveIntoPlace(temp, out);
    return { ...facts, out, ms: Math.round(performance.now() - started), restarted: oneStep };
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('exit', cleanUp);
  }
}

/** `<dir>/<name>-<UTC time>.db`, named after the database file, for dated backups kept in one folder. */
export function datedBackupPath(dir: string, source: string, now: Date): string {
  return path.join(dir, `${path.basename(source, path.extname(source))}-${fileStamp(now)}.db`);
}

/**
 * Removes all but the `keep` newest dated backups of `source` in `dir` (those named by
 * datedBackupPath; nothing else in the folder is touched). Returns the removed paths.
 */
export function pruneBackups(dir: string, source: string, keep: number): string[] {
  const base = path.basename(source, path.extname(source)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const dated = new RegExp(`^${base}-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.db$`);
  // The stamp sorts as time does, so the names sort oldest first.
  const backups = fs
    .readdirSync(dir)
    .filter((name) => dated.test(name))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep)).map((name) => path.join(dir, name));
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}
