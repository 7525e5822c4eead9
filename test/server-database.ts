/**
 * The server's own connection (db/client.ts) on a throwaway database, for tests of read models
 * and services: call it before importing '@/db/client' (it sets DATABASE_PATH), then read through
 * getDb() as the server does. `raw` is the better-sqlite3 connection under it; `remove` closes it
 * and deletes the folder (in afterAll).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';

export function serverDatabase(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `heritage-${name}-`));
  process.env.DATABASE_PATH = path.join(dir, 'heritage.db');
  const raw = (db: unknown) => (db as { $client: Database.Database }).$client;
  return {
    raw,
    remove(db: unknown) {
      raw(db).close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
