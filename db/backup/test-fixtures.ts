/** Databases for the backup and restore tests: throwaway folders, the 二砂 case, and a way to compare two files row for row. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../open';
import { seedDatabase } from '../seed/seed-database';

const dirs: string[] = [];

export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `heritage-${name}-`));
  dirs.push(dir);
  return dir;
}

/** For afterAll/afterEach. */
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A migrated database holding the 二砂 case, closed, as the server would find it. */
export function seededDatabase(file: string): string {
  const { db, sqlite } = openDatabase(file);
  seedDatabase(db);
  sqlite.close();
  return file;
}

/** A staff account written straight into the user table: audit events name their actor by a foreign key. */
export function addActor(file: string, id: string): void {
  const db = new Database(file);
  db.prepare(
    "insert into user (id, name, email, email_verified, role, created_at, updated_at) values (?, '备份测试', ?, 0, 'staff', 0, 0)",
  ).run(id, `${id}@example.org`);
  db.close();
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A file as a list of its tables and their rows, in an order that does not depend on how it was written. */
export function contents(file: string): Map<string, string[]> {
  // Read-write though it only reads: a read-only connection to a WAL database leaves -wal and -shm behind.
  const db = new Database(file, { fileMustExist: true });
  try {
    const out = new Map<string, string[]>();
    const schema = db.prepare('select type, name, tbl_name, sql from sqlite_master').all();
    out.set('sqlite_master', schema.map((row) => JSON.stringify(row)).sort());
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL TABLE%'")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      out.set(
        table,
        db
          .prepare(`select * from "${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      );
    }
    return out;
  } finally {
    db.close();
  }
}

/** Listing of a folder, for "nothing else was left behind". */
export const listing = (dir: string) => fs.readdirSync(dir).sort();
