/** File handling shared by backup and restore: one self-contained file, written durably, put in place atomically. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The write-ahead log and its index that SQLite keeps beside a database in WAL mode. */
export const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`];

/**
 * Folds a copy's write-ahead log into it and leaves it in rollback-journal mode, so the copy is one
 * file that opening does not surround with -wal and -shm files. The server turns WAL back on at start.
 */
export function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Flushes a file, or a folder's entries (a rename is durable only once its folder is). */
export function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A name in the same folder as `file` (so a rename onto it is atomic) that no other run uses. */
export function tempBeside(file: string, purpose: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${purpose}-${process.pid}-${Date.now()}`);
}

/** Removes a temporary file and whatever SQLite left beside it. */
export function removeWithSidecars(file: string): void {
  for (const f of [file, ...sidecars(file)]) fs.rmSync(f, { force: true });
}

/** Moves a finished file onto its final name atomically and durably. */
export function moveIntoPlace(temp: string, file: string): void {
  fsyncPath(temp);
  fs.renameSync(temp, file);
  fsyncPath(path.dirname(file));
}

/** A timestamp for file names, in UTC, that sorts as it reads: 2026-11-27T143005Z. */
export function fileStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replaceAll(':', '')}Z`;
}
