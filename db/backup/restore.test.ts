/**
 * Restore: what it refuses (files that are not a good database of this app, a database in use) and
 * that a refusal changes nothing; what it keeps (the replaced database, WAL and all).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';
import { checkDatabaseFile, KNOWN_MIGRATIONS } from './check';
import { RestoreError, restoreDatabase } from './restore';
import { contents, listing, removeTempDirs, seededDatabase, sha256, tempDir } from './test-fixtures';

afterEach(removeTempDirs);

/** A live database and a good backup of it, each in a folder of its own. */
async function liveAndBackup() {
  const live = seededDatabase(path.join(tempDir('restore-live'), 'heritage.db'));
  const backup = path.join(tempDir('restore-backup'), 'backup.db');
  await backupDatabase({ source: live, out: backup });
  return { live, backup };
}

/** Writes to a copy of a good backup with foreign keys off and no checks, to make a bad one. */
function spoil(backup: string, sql: string): string {
  const bad = path.join(path.dirname(backup), `bad-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(backup, bad);
  const db = new Database(bad);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
  return bad;
}

/** Overwrites a table's root page with noise, as a disk or a careless copy might. */
function corruptTable(backup: string, table: string): string {
  const bad = path.join(path.dirname(backup), 'corrupt.db');
  fs.copyFileSync(backup, bad);
  const db = new Database(bad, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare('select rootpage from sqlite_master where name = ?').pluck().get(table) as number;
  db.close();
  const fd = fs.openSync(bad, 'r+');
  const noise = Buffer.alloc(pageSize, 0);
  for (let i = 0; i < pageSize; i++) noise[i] = (i * 151 + 17) % 256;
  fs.writeSync(fd, noise, 0, pageSize, (root - 1) * pageSize);
  fs.closeSync(fd);
  return bad;
}

describe('restoreDatabase refuses a file that is not a good database of this app, and changes nothing', () => {
  const cases: [string, (backup: string) => string, RegExp][] = [
    [
      'a text file',
      (b) => {
        const f = path.join(path.dirname(b), 'notes.txt');
        fs.writeFileSync(f, '这不是数据库\n'.repeat(500));
        return f;
      },
      /not a SQLite database/,
    ],
    [
      'an empty file',
      (b) => {
        const f = path.join(path.dirname(b), 'empty.db');
        fs.writeFileSync(f, '');
        return f;
      },
      /not a SQLite database/,
    ],
    ['a missing file', (b) => path.join(path.dirname(b), 'missing.db'), /no such file/],
    ['a corrupt table', (b) => corruptTable(b, 'audit_events'), /corrupt/],
    [
      'a truncated file',
      (b) => {
        const f = path.join(path.dirname(b), 'truncated.db');
        fs.copyFileSync(b, f);
        fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2));
        return f;
      },
      /corrupt|malformed/,
    ],
    [
      'a database migrated by a newer version',
      (b) =>
        spoil(
          b,
          `insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ${Math.max(...KNOWN_MIGRATIONS.keys()) + 1})`,
        ),
      /newer version of the app/,
    ],
    ['another SQLite database', (b) => spoil(b, 'drop table __drizzle_migrations'), /not a database of this app/],
    [
      'rows pointing nowhere',
      (b) => spoil(b, 'update buildings set site_id = 999999 where id = (select min(id) from buildings)'),
      /point to records that do not exist.*buildings/,
    ],
  ];

  for (const [name, make, reason] of cases) {
    it(`refuses ${name}`, async () => {
      const { live, backup } = await liveAndBackup();
      const file = make(backup);
      const before = { hash: sha256(live), files: listing(path.dirname(live)) };
      expect(() => restoreDatabase({ file, target: live })).toThrow(RestoreError);
      expect(() => restoreDatabase({ file, target: live })).toThrow(reason);
      expect(sha256(live)).toBe(before.hash);
      expect(listing(path.dirname(live))).toEqual(before.files);
    });
  }

  it('refuses a file with a write-ahead log beside it (a live database, or one not closed cleanly)', async () => {
    const { live, backup } = await liveAndBackup();
    fs.writeFileSync(`${backup}-wal`, Buffer.alloc(4096, 1));
    expect(() => restoreDatabase({ file: backup, target: live })).toThrow(/write-ahead log/);
  });
});

describe('restoreDatabase in use and in place', () => {
  it('refuses while another connection has the database open, idle, and changes nothing', async () => {
    const { live, backup } = await liveAndBackup();
    const server = new Database(live);
    server.pragma('journal_mode = WAL');
    server.prepare('select count(*) from sites').get();
    const before = listing(path.dirname(live));
    try {
      expect(() => restoreDatabase({ file: backup, target: live })).toThrow(/in use by another process/);
      expect(listing(path.dirname(live))).toEqual(before);
      expect(server.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      server.close();
    }
  });

  it('keeps the current database aside and puts the backup in its place, with no log or temporary file left', async () => {
    const { live, backup } = await liveAndBackup();
    const db = new Database(live);
    db.prepare("update sites set name_zh = '恢复前的名称'").run();
    db.close();
    const current = contents(live);

    const result = restoreDatabase({ file: backup, target: live, now: new Date('2026-11-27T14:30:05Z') });
    expect(result.aside).toBe(`${live}.before-restore-2026-11-27T143005Z`);
    // The same records (its header now says rollback journal instead of WAL: the log was folded in).
    expect(contents(result.aside as string)).toEqual(current);
    expect(contents(live)).not.toEqual(current);
    expect(contents(live)).toEqual(contents(backup));
    expect(listing(path.dirname(live))).toEqual(['heritage.db', 'heritage.db.before-restore-2026-11-27T143005Z']);
    expect(checkDatabaseFile(live).migrations).toBe(KNOWN_MIGRATIONS.size);
  });

  it('keeps what a crashed server left in its write-ahead log in the database it sets aside', async () => {
    const { live, backup } = await liveAndBackup();
    // A process that commits in WAL mode and is killed before it can fold the log into the file.
    const crashed = spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(live)}); db.pragma('journal_mode = WAL');
         db.prepare("update sites set name_zh = '崩溃前写入'").run(); process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: process.cwd() },
    );
    expect(crashed.signal).toBe('SIGKILL');
    expect(fs.statSync(`${live}-wal`).size).toBeGreaterThan(0);

    const { aside } = restoreDatabase({ file: backup, target: live });
    const kept = new Database(aside as string, { readonly: true });
    expect(kept.prepare('select name_zh from sites').pluck().all()).toEqual(['崩溃前写入']);
    kept.close();
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    expect(contents(live)).toEqual(contents(backup));
  });

  it('replaces a current file that is not a database at all, and keeps it aside', async () => {
    const { live, backup } = await liveAndBackup();
    fs.writeFileSync(live, 'garbage');
    const result = restoreDatabase({ file: backup, target: live });
    expect(result.asideUnreadable).toBe(true);
    expect(fs.readFileSync(result.aside as string, 'utf8')).toBe('garbage');
    expect(contents(live)).toEqual(contents(backup));
  });

  it('restores into a path that does not exist yet', async () => {
    const { backup } = await liveAndBackup();
    const target = path.join(tempDir('restore-fresh'), 'new', 'heritage.db');
    const result = restoreDatabase({ file: backup, target });
    expect(result.aside).toBeNull();
    expect(contents(target)).toEqual(contents(backup));
  });
});
