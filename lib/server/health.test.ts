import { afterAll, describe, expect, it } from 'vitest';
import journal from '@/db/migrations/meta/_journal.json';
import { serverDatabase } from '@/test/server-database';

const database = serverDatabase('health');

const { getDb } = await import('@/db/client');
const { readHealth } = await import('./health');
const { version } = await import('@/package.json');

afterAll(() => database.remove(getDb()));

const latest = journal.entries.at(-1);

describe('readHealth', () => {
  it('is ok on a migrated database, naming the version and the last migration', () => {
    expect(readHealth()).toMatchObject({
      status: 'ok',
      version,
      database: { status: 'ok', journalMode: 'wal' },
      migrations: { expected: journal.entries.length, applied: journal.entries.length, latest: latest?.tag, pending: [], unknown: 0 },
    });
  });

  it('is an error while a migration of this build is not applied', () => {
    const sqlite = database.raw(getDb());
    sqlite.prepare('delete from __drizzle_migrations where created_at = ?').run(latest?.when);
    try {
      expect(readHealth()).toMatchObject({ status: 'error', migrations: { pending: [latest?.tag] } });
    } finally {
      sqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('restored', latest?.when);
    }
    expect(readHealth().status).toBe('ok');
  });

  it('is an error on a database migrated by a newer build', () => {
    const sqlite = database.raw(getDb());
    sqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from the future', 4102444800000);
    try {
      expect(readHealth()).toMatchObject({ status: 'error', migrations: { unknown: 1 } });
    } finally {
      sqlite.prepare('delete from __drizzle_migrations where created_at = ?').run(4102444800000);
    }
  });

  it('never names the file or SQLite in its answer', () => {
    expect(JSON.stringify(readHealth())).not.toMatch(/heritage\.db|sqlite_|SQLITE|\/tmp|\\\\/i);
  });
});
