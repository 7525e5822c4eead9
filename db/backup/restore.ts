/**
 * Restoring a backup: the file is checked first (a copy of it, so that what is checked is exactly
 * what is put in place), then the current database is kept aside and the copy takes its name in one
 * rename, so the database path never points at a half-written or missing file.
 *
 * A server using the database must not have it replaced under it. SQLite tells: a connection in WAL
 * mode keeps a shared lock on the database's -shm file for as long as it is open, idle or not, and
 * leaving WAL mode (`journal_mode = DELETE`) needs every other connection gone. So the restore asks
 * for that, without waiting; SQLITE_BUSY means another process has the database open, and nothing
 * has been changed. When it succeeds, the current file has its log folded in and stands alone, ready
 * to be kept aside. (A server started but not yet asked for anything has not opened the file; it
 * opens the restored one.)
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assertSqliteFile, checkDatabaseFile, DatabaseCheckError, type DatabaseFacts } from './check';
import { fileStamp, makeSelfContained, moveIntoPlace, removeWithSidecars, sidecars, tempBeside } from './files';

/** A restore refused or failed; nothing was replaced. The message is one line for a person. */
export class RestoreError extends Error {
  name = 'RestoreError';
}

export interface RestoreOptions {
  /** The backup to restore. */
  file: string;
  /** The database path the server uses. */
  target: string;
  now?: Date;
}

export interface RestoreResult extends DatabaseFacts {
  target: string;
  /** Where the database that was replaced is kept, or null when there was none. */
  aside: string | null;
  /** The replaced file could not be opened as a database (a reason to restore; kept aside all the same). */
  asideUnreadable: boolean;
  ms: number;
}

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/**
 * Makes sure no other process has `target` open, by leaving WAL mode without waiting. Returns false
 * when the current file is not a usable database (a corrupt one is a reason to restore): it can then
 * be kept aside, but not checked for users.
 */
export function assertNotInUse(target: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 });
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    const code = codeOf(error);
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new RestoreError(`the database at ${target} is in use by another process (is the server running?); stop it, then restore`);
    }
    return false;
  } finally {
    db?.close();
  }
  // Leaving WAL mode deleted the log; one back already means a process opened the file meanwhile.
  if ((fs.statSync(`${target}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    throw new RestoreError(`the database at ${target} was opened by another process during the restore; stop it, then restore`);
  }
  return true;
}

/** A copy of the backup beside the target, checked, in rollback-journal mode. */
function stageCopy(file: string, target: string): { staging: string; facts: DatabaseFacts } {
  try {
    assertSqliteFile(file);
  } catch (error) {
    throw new RestoreError(error instanceof DatabaseCheckError ? `refusing ${error.message}` : (error as Error).message);
  }
  if ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    throw new RestoreError(
      `refusing ${file}: a write-ahead log (${path.basename(file)}-wal) lies beside it, so it is a live database or one not closed cleanly; back it up with db:backup and restore that`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = tempBeside(target, 'restoring');
  try {
    fs.copyFileSync(file, staging);
    try {
      makeSelfContained(staging);
    } catch (error) {
      throw new DatabaseCheckError(file, `cannot be opened: ${(error as Error).message.split('\n')[0]}`);
    }
    return { staging, facts: checkDatabaseFile(staging) };
  } catch (error) {
    removeWithSidecars(staging);
    if (error instanceof DatabaseCheckError) throw new RestoreError(`refusing ${file}: ${error.reason}`);
    throw error;
  }
}

/** Restores `file` over `target` (which may not exist yet); see the module comment for the steps. */
export function restoreDatabase({ file, target, now = new Date() }: RestoreOptions): RestoreResult {
  const started = performance.now();
  if (path.resolve(file) === path.resolve(target)) throw new RestoreError('the backup and the database are the same file');
  const { staging, facts } = stageCopy(file, target);
  const cleanUp = () => removeWithSidecars(staging);
  process.once('exit', cleanUp);
  try {
    let aside: string | null = null;
    let asideUnreadable = false;
    if (fs.existsSync(target)) {
      asideUnreadable = !assertNotInUse(target);
      aside = `${target}.before-restore-${fileStamp(now)}`;
      if (fs.existsSync(aside)) throw new RestoreError(`${aside} already exists; wait a second and run the restore again`);
      // A hard link keeps the current file under both names, so the path is never empty.
      fs.linkSync(target, aside);
      // Left only when the current file could not be opened: its log belongs with it, never with the restored file.
      const [wal, shm] = sidecars(target) as [string, string];
      if (fs.existsSync(wal)) fs.renameSync(wal, `${aside}-wal`);
      fs.rmSync(shm, { force: true });
    }
    moveIntoPlace(staging, target);
    return { ...facts, bytes: fs.statSync(target).size, target, aside, asideUnreadable, ms: Math.round(performance.now() - started) };
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('exit', cleanUp);
  }
}
