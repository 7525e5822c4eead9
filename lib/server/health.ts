import 'server-only';
import type Database from 'better-sqlite3';
import { getDb } from '@/db/client';
import journal from '@/db/migrations/meta/_journal.json';
import { DatabaseOpenError } from '@/db/open';
import { version } from '@/package.json';

export interface Health {
  status: 'ok' | 'error';
  version: string;
  database: { status: 'ok' | 'error'; journalMode?: string; reason?: string };
  /** This build's migrations against the database's: `pending` are known here and not yet applied. */
  migrations: { expected: number; applied: number; latest: string | null; pending: string[]; unknown: number };
  uptimeSeconds: number;
}

interface AppliedMigration {
  created_at: number | string;
}

/**
 * What a load balancer or an operator asks before sending readers here: can the database be read,
 * is its schema the one this build expects, which version runs. Never a path or a message from
 * SQLite: the answer is public.
 */
export function readHealth(): Health {
  const base = { version, uptimeSeconds: Math.round(process.uptime()) };
  const expected = journal.entries;
  const noMigrations = { expected: expected.length, applied: 0, latest: null, pending: expected.map((e) => e.tag), unknown: 0 };
  let sqlite: Database.Database;
  try {
    sqlite = (getDb() as unknown as { $client: Database.Database }).$client;
    sqlite.prepare('select 1').get();
  } catch (error) {
    const reason = error instanceof DatabaseOpenError ? error.reason : 'the database cannot be read';
    return { ...base, status: 'error', database: { status: 'error', reason }, migrations: noMigrations };
  }
  // Drizzle records each applied migration by its journal timestamp.
  const applied = sqlite.prepare('select created_at from __drizzle_migrations').all() as AppliedMigration[];
  const appliedAt = new Set(applied.map((row) => Number(row.created_at)));
  const known = new Set(expected.map((entry) => entry.when));
  const pending = expected.filter((entry) => !appliedAt.has(entry.when)).map((entry) => entry.tag);
  const latest = [...expected].reverse().find((entry) => appliedAt.has(entry.when))?.tag ?? null;
  const unknown = [...appliedAt].filter((when) => !known.has(when)).length;
  const journalMode = String(sqlite.pragma('journal_mode', { simple: true }));
  const ok = pending.length === 0 && unknown === 0;
  return {
    ...base,
    status: ok ? 'ok' : 'error',
    database: { status: 'ok', journalMode },
    migrations: { expected: expected.length, applied: applied.length, latest, pending, unknown },
  };
}
