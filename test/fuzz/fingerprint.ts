/**
 * A fingerprint of everything a request could change, read on a read-only connection of our own:
 * a hash of every row of every business table (db/schema.ts), the audit trail's count and last id
 * (append-only: triggers refuse UPDATE and DELETE), and the stored files. Taken before and after each
 * request, it shows that a refused request changed nothing, and names the table that did change.
 * Sessions and sign-in counters are left out: signing in and being rate-limited are meant to write them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema';

/** Written by signing in and by the rate limiter, as they are meant to be; the audit trail is counted apart. */
const NOT_HASHED = new Set(['session', 'account', 'verification', 'rate_limit', 'audit_events']);

/** Every table of db/schema.ts a request may change, read from the schema so a new table is never missed. */
export const HASHED_TABLES: readonly string[] = (Object.values(schema) as unknown[])
  .filter((value): value is SQLiteTable => is(value, SQLiteTable))
  .map((table) => getTableName(table))
  .filter((name) => !NOT_HASHED.has(name));

/** Per table (and `audit_events`, `files`): a short description that differs when anything in it does. */
export type Fingerprint = Record<string, string>;

export interface Fingerprinter {
  take(): Fingerprint;
  /** The current version of one record, for a body's `@version(table)` placeholder. */
  version(table: string, id: number): number | null;
  close(): void;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function openFingerprinter(databaseFile: string, filesDir: string): Fingerprinter {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const tables = HASHED_TABLES.map((table) => ({ table, rows: db.prepare(`select * from "${table}" order by rowid`).raw(true) }));
  const audit = db.prepare('select count(*), max(id) from audit_events').raw(true);
  const versions = new Map<string, Database.Statement>();
  // One read transaction: the tables as they stood at one moment.
  const read = db.transaction((): Fingerprint => {
    const out: Fingerprint = {};
    for (const { table, rows } of tables) {
      const hash = createHash('sha1');
      let count = 0;
      for (const row of rows.iterate()) {
        hash.update(JSON.stringify(row));
        count += 1;
      }
      out[table] = `${count} rows ${hash.digest('hex').slice(0, 12)}`;
    }
    const [count, last] = audit.get() as [number, number | null];
    out.audit_events = `${count} events, last id ${last}`;
    return out;
  });
  return {
    take: () => {
      const print = read();
      const files = listFiles(filesDir);
      print.files = `${files.length} files ${createHash('sha1').update(files.join('\n')).digest('hex').slice(0, 12)}`;
      return print;
    },
    version: (table, id) => {
      let statement = versions.get(table);
      if (!statement) {
        statement = db.prepare(`select version from "${table}" where id = ?`).pluck();
        versions.set(table, statement);
      }
      return (statement.get(id) as number | undefined) ?? null;
    },
    close: () => db.close(),
  };
}

/** The parts that differ, as `table: before → after`; empty when nothing changed. */
export function diffFingerprints(before: Fingerprint, after: Fingerprint): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).map((k) => `${k}: ${before[k] ?? '(none)'} → ${after[k] ?? '(none)'}`);
}
