/**
 * What makes a file a database this version of the app can run on: SQLite, intact, its foreign keys
 * holding, and migrated by our migrations only. A backup is checked with it before it is reported
 * made, and a restore before it replaces anything.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import journal from '../migrations/meta/_journal.json';

/** A file refused as a backup or restore source; the message is one line for a person. */
export class DatabaseCheckError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DatabaseCheckError';
  }
}

export interface DatabaseFacts {
  bytes: number;
  /** Ordinary tables, the search index's own tables included. */
  tables: number;
  /** Migrations applied, and the newest one's name. */
  migrations: number;
  latestMigration: string;
}

/** The migrations this code knows, by the `created_at` Drizzle records for each (the journal's `when`). */
export const KNOWN_MIGRATIONS: ReadonlyMap<number, string> = new Map(journal.entries.map((e) => [e.when, e.tag]));
const MIGRATIONS_TABLE = '__drizzle_migrations';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses a file that is missing, not a regular file, or does not start as a SQLite database does. */
export function assertSqliteFile(file: string): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new DatabaseCheckError(file, 'no such file');
  if (!stat.isFile()) throw new DatabaseCheckError(file, 'not a regular file');
  if (!hasSqliteHeader(file)) throw new DatabaseCheckError(file, 'not a SQLite database (its first bytes are not a SQLite header)');
}

function firstLine(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).split('\n')[0] ?? 'unknown error';
}

/**
 * Checks a database file that nobody else is writing (a backup just made, or a copy about to be
 * restored): a full `integrity_check`, `foreign_key_check`, and the migrations table against this
 * code's journal. An older database passes (the server migrates it at start); one migrated by a
 * newer version does not, since this code would run on a schema it does not know.
 */
export function checkDatabaseFile(file: string): DatabaseFacts {
  assertSqliteFile(file);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseCheckError(file, `cannot be opened: ${firstLine(error)}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    } catch (error) {
      throw new DatabaseCheckError(file, `corrupt: ${firstLine(error)}`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new DatabaseCheckError(file, `corrupt: integrity_check found ${integrity.length} problem(s), first: ${integrity[0]}`);
    }
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (orphans.length) {
      const first = orphans[0] as (typeof orphans)[number];
      throw new DatabaseCheckError(
        file,
        `${orphans.length} row(s) point to records that do not exist (first: ${first.table} row ${first.rowid} → ${first.parent})`,
      );
    }
    const hasMigrations = db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATIONS_TABLE);
    if (!hasMigrations) throw new DatabaseCheckError(file, `not a database of this app (no ${MIGRATIONS_TABLE} table)`);
    const applied = db.prepare(`select created_at as at from ${MIGRATIONS_TABLE} order by created_at`).all() as { at: number }[];
    if (!applied.length) throw new DatabaseCheckError(file, 'no migration has been applied to it');
    const unknown = applied.filter((m) => !KNOWN_MIGRATIONS.has(Number(m.at)));
    if (unknown.length) {
      throw new DatabaseCheckError(
        file,
        `it was migrated by a newer version of the app (${unknown.length} migration(s) this version does not know); restore it with that version`,
      );
    }
    const latest = applied[applied.length - 1] as { at: number };
    const tables = db.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number };
    return {
      bytes: fs.statSync(file).size,
      tables: tables.n,
      migrations: applied.length,
      latestMigration: KNOWN_MIGRATIONS.get(Number(latest.at)) as string,
    };
  } finally {
    db.close();
  }
}
