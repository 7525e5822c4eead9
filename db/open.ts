/**
 * Opening the database: the one place that knows the file, its pragmas and its migrations.
 * Used by the server (through db/client.ts) and by the command-line scripts.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { ensureFolder } from './ensure-folder';
import * as schema from './schema';
import { spaceChars } from './search-names';
import { reuseStatements } from './statement-cache';

export type Db = BetterSQLite3Database<typeof schema>;
export interface OpenDatabase {
  db: Db;
  sqlite: Database.Database;
  path: string;
}

export const DEFAULT_DATABASE_PATH = 'data/heritage.db';

export function databasePath(): string {
  // The database path is configuration, not a module to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** A database that cannot be opened, written or migrated; the message is one line for a person. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot use the database at ${path}: ${reason}`);
    this.name = 'DatabaseOpenError';
  }
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { code?: string };
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
    case 'SQLITE_READONLY':
      return 'the file or its folder is read-only';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'its folder cannot be created: a file of that name is in the way';
    case 'SQLITE_CANTOPEN':
      return 'the file cannot be opened (missing folder or no permission)';
    case 'SQLITE_NOTADB':
      return 'the file is not a SQLite database';
    case 'SQLITE_CORRUPT':
      return 'the database file is corrupt';
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return (e?.message ?? String(error)).split('\n')[0] ?? 'unknown error';
  }
}

/** Opens (creating if needed) and migrates the database. Throws DatabaseOpenError. */
export function openDatabase(file = databasePath()): OpenDatabase {
  let sqlite: Database.Database | undefined;
  try {
    ensureFolder(path.dirname(file));
    sqlite = new Database(file);
    // WAL lets public reads go on while staff write; the busy timeout rides out a writer's lock.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // The search_names triggers spell names with this; every connection that writes needs it.
    sqlite.function('space_chars', { deterministic: true }, (text) => (typeof text === 'string' ? spaceChars(text) : null));
    reuseStatements(sqlite);
    const db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder: path.resolve(/*turbopackIgnore: true*/ 'db/migrations') });
    return { db, sqlite, path: file };
  } catch (error) {
    sqlite?.close();
    throw new DatabaseOpenError(file, reasonOf(error));
  }
}
