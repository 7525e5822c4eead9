import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import journal from './migrations/meta/_journal.json';
import { DatabaseOpenError, openDatabase } from './open';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-open-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the file and its folder, migrated, in WAL mode with foreign keys and a busy timeout', () => {
    const file = path.join(tempDir(), 'nested', 'heritage.db');
    const { sqlite } = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['sites', 'designations', 'buildings', 'projects', 'milestones', 'inspections', 'audit_events', 'user']),
    );
    sqlite.close();
  });

  it('opens an existing database again without migrating twice', () => {
    const file = path.join(tempDir(), 'heritage.db');
    openDatabase(file).sqlite.close();
    const { sqlite } = openDatabase(file);
    // One row per migration in the journal, not two.
    expect(sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(journal.entries.length);
    sqlite.close();
  });

  it('names the path and the cause in one line when the file is not a database', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'these are not the pages you are looking for, and not SQLite either'.repeat(20));
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as Error).message).toBe(`cannot use the database at ${file}: the file is not a SQLite database`);
    }
  });

  it('names the path when its folder cannot be created', () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    const file = path.join(blocker, 'heritage.db');
    expect(() => openDatabase(file)).toThrow(new RegExp(`^cannot use the database at ${file}: [^\\n]+$`));
  });

  // Node 20's recursive mkdir spun forever here (found by the benchmark's data generator).
  it.runIf(fs.existsSync('/proc/self'))('fails at once, without hanging, under a folder the kernel will not create', () => {
    const file = '/proc/self/no-such-folder/deeper/heritage.db';
    expect(() => openDatabase(file)).toThrow(new RegExp(`^cannot use the database at ${file}: [^\\n]+$`));
  });
});
