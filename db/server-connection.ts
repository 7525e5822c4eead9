/**
 * Where the server keeps its one connection: on globalThis, so that it survives module reloads in
 * development, and so that the HTTP server (scripts/serve.ts, which runs outside Next's bundles and
 * so has its own copy of every module) can close it at shutdown, after the last request.
 */
import type Database from 'better-sqlite3';
import type { Db } from './open';

const holder = globalThis as unknown as { heritageDb?: Db };

export function serverConnection(): Db | undefined {
  return holder.heritageDb;
}

export function keepServerConnection(db: Db): Db {
  holder.heritageDb = db;
  return db;
}

/** Closes the connection if one was opened (SQLite folds the write-ahead log into the file); true if it was. */
export function closeServerConnection(): boolean {
  const db = holder.heritageDb;
  if (!db) return false;
  holder.heritageDb = undefined;
  (db as Db & { $client: Database.Database }).$client.close();
  return true;
}
