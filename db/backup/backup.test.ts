/**
 * Backup under write load, then restore, compared: a writer process keeps writing through the
 * app's services while the backup copies; the copy must be one consistent moment (every record
 * with its audit event, a count between the counts before and after), and restoring it must give
 * back the same tables and rows. Plus the backup's refusals and the retention of dated backups.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase, datedBackupPath, pruneBackups } from './backup';
import { checkDatabaseFile } from './check';
import { RestoreError, restoreDatabase } from './restore';
import { addActor, contents, listing, removeTempDirs, seededDatabase, tempDir } from './test-fixtures';

const TAG = 'backup-load';

/** The writer's records in a database: how many, and which of them lack their one audit event (or have two). */
function writerRecords(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get(`${TAG}-%`) as number;
    const records =
      count('select count(*) from sites where slug like ?') +
      count('select count(*) from buildings where slug like ?') +
      count('select count(*) from designations where document_number like ?');
    const unaudited = db
      .prepare(
        `select entity, id, n from (
           select 'site' as entity, id, (select count(*) from audit_events a where a.entity = 'site' and a.entity_id = cast(s.id as text) and a.action = 'create') as n
             from sites s where slug like @pattern
           union all
           select 'building', id, (select count(*) from audit_events a where a.entity = 'building' and a.entity_id = cast(b.id as text) and a.action = 'create')
             from buildings b where slug like @pattern
           union all
           select 'designation', id, (select count(*) from audit_events a where a.entity = 'designation' and a.entity_id = cast(d.id as text) and a.action = 'create')
             from designations d where document_number like @pattern
         ) where n <> 1`,
      )
      .all({ pattern: `${TAG}-%` });
    // The reverse: an audit event of the writer whose record is not there.
    const orphanEvents = db
      .prepare(
        `select a.entity, a.entity_id from audit_events a where a.request_id = 'load-writer' and not exists (
           select 1 from sites where a.entity = 'site' and id = cast(a.entity_id as integer)
           union all select 1 from buildings where a.entity = 'building' and id = cast(a.entity_id as integer)
           union all select 1 from designations where a.entity = 'designation' and id = cast(a.entity_id as integer))`,
      )
      .all();
    return { records, unaudited, orphanEvents };
  } finally {
    db.close();
  }
}

function startWriter(file: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join('db', 'backup', 'load-writer.ts'), 'backup-writer', TAG],
    { env: { ...process.env, DATABASE_PATH: file }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code, signal) => reject(new Error(`the writer stopped (${signal ?? code}) before writing:\n${errors}`)));
  });
  return { child, ready };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let writer: ChildProcess | undefined;
afterAll(() => {
  writer?.kill('SIGKILL');
  removeTempDirs();
});

describe('a backup while another process writes', () => {
  it('is one consistent moment, and restores to the same tables and rows', async () => {
    const live = seededDatabase(path.join(tempDir('backup-live'), 'heritage.db'));
    addActor(live, 'backup-writer');
    const started = startWriter(live);
    writer = started.child;
    await started.ready;
    await until(() => writerRecords(live).records >= 30, 30_000);

    const out = path.join(tempDir('backup-out'), 'heritage-backup.db');
    const before = writerRecords(live).records;
    // One page a step, and after the first page a pause until the writer has committed again: it
    // certainly writes between two steps, which makes SQLite start the copy over.
    let paused = false;
    const result = await backupDatabase({
      source: live,
      out,
      pagesPerStep: 1,
      onProgress: ({ totalPages, remainingPages }) => {
        if (paused || remainingPages === totalPages) return;
        paused = true;
        const seen = writerRecords(live).records;
        const deadline = Date.now() + 10_000;
        while (writerRecords(live).records === seen && Date.now() < deadline)
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      },
    });
    const after = writerRecords(live).records;

    // A restore must not replace the database the writer has open.
    expect(() => restoreDatabase({ file: out, target: live })).toThrow(RestoreError);
    expect(() => restoreDatabase({ file: out, target: live })).toThrow(/in use by another process/);
    writer.kill('SIGTERM');
    await new Promise((resolve) => writer?.once('exit', resolve));

    expect(after).toBeGreaterThan(before); // the backup really ran under writes
    expect(result.restarted).toBe(true); // and the copy met them, and still finished
    const copied = writerRecords(out);
    expect(copied.records).toBeGreaterThanOrEqual(before);
    expect(copied.records).toBeLessThanOrEqual(after);
    expect(copied.unaudited).toEqual([]);
    expect(copied.orphanEvents).toEqual([]);
    expect(checkDatabaseFile(out).tables).toBe(result.tables);
    expect(listing(path.dirname(out))).toEqual(['heritage-backup.db']); // no temporary file, no -wal or -shm

    const restored = path.join(tempDir('backup-restored'), 'heritage.db');
    restoreDatabase({ file: out, target: restored });
    const expected = contents(out);
    const actual = contents(restored);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [table, rows] of expected) expect(actual.get(table), table).toEqual(rows);
    // The writer's own tables were compared with rows in them, not empty on both sides.
    expect(expected.get('buildings')?.length).toBeGreaterThan(7);
  }, 90_000);
});

describe('backupDatabase refuses', () => {
  afterEach(removeTempDirs);

  it('an existing file unless forced, and replaces it when forced', async () => {
    const live = seededDatabase(path.join(tempDir('backup-force'), 'heritage.db'));
    const out = path.join(path.dirname(live), 'copy.db');
    fs.writeFileSync(out, 'keep me');
    await expect(backupDatabase({ source: live, out })).rejects.toThrow(/already exists.*--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    await backupDatabase({ source: live, out, force: true });
    expect(checkDatabaseFile(out).migrations).toBeGreaterThan(0);
  });

  it('a missing database, a missing folder, and the database itself as the copy', async () => {
    const dir = tempDir('backup-refuse');
    const live = seededDatabase(path.join(dir, 'heritage.db'));
    await expect(backupDatabase({ source: path.join(dir, 'none.db'), out: path.join(dir, 'x.db') })).rejects.toThrow(/no database at/);
    await expect(backupDatabase({ source: live, out: path.join(dir, 'no', 'x.db') })).rejects.toThrow(/folder .* does not exist/);
    await expect(backupDatabase({ source: live, out: live, force: true })).rejects.toThrow(BackupError);
    expect(listing(dir)).toEqual(['heritage.db']);
  });

  it('to name a copy that fails its check, and leaves no file behind', async () => {
    const dir = tempDir('backup-check');
    const other = path.join(dir, 'other.db');
    const db = new Database(other);
    db.exec('create table notes (text)');
    db.close();
    await expect(backupDatabase({ source: other, out: path.join(dir, 'copy.db') })).rejects.toThrow(
      /failed its check: not a database of this app/,
    );
    expect(listing(dir)).toEqual(['other.db']);
  });
});

describe('dated backups', () => {
  afterEach(removeTempDirs);

  it('are named after the database and the UTC time, and pruning keeps the newest and nothing else goes', () => {
    const dir = tempDir('backup-dated');
    const source = '/srv/data/heritage.db';
    expect(datedBackupPath(dir, source, new Date('2026-11-27T02:00:00Z'))).toBe(path.join(dir, 'heritage-2026-11-27T020000Z.db'));
    const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'];
    for (const day of days) fs.writeFileSync(datedBackupPath(dir, source, new Date(`${day}T02:00:00Z`)), day);
    fs.writeFileSync(path.join(dir, 'heritage-keep-forever.db'), 'mine');
    fs.writeFileSync(path.join(dir, 'other-2026-11-01T020000Z.db'), 'another database');

    const removed = pruneBackups(dir, source, 2);
    expect(removed.map((f) => path.basename(f))).toEqual([
      'heritage-2026-11-20T020000Z.db',
      'heritage-2026-11-21T020000Z.db',
      'heritage-2026-11-22T020000Z.db',
    ]);
    expect(listing(dir)).toEqual([
      'heritage-2026-11-23T020000Z.db',
      'heritage-2026-11-24T020000Z.db',
      'heritage-keep-forever.db',
      'other-2026-11-01T020000Z.db',
    ]);
  });
});
