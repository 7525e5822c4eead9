/**
 * The shape of the authorization matrix: every endpoint, the status each caller must get, and a
 * read of the rows a write would touch (to prove a refused write changed nothing, and that an
 * accepted one did change what the read looks at).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { CALLERS, type Fixture, type Who } from './authorization-fixture';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Statuses = Record<Who, number>;

export interface CallContext {
  /** Unique per cell, for the names of what a write creates. */
  tag: string;
  ids: Fixture;
  who: Who;
  /** The staff server's database, read-only: for a record's current version. */
  db: Database.Database;
}

export interface Call {
  path: string;
  data?: unknown;
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}

export interface Endpoint {
  /** The route file's path, as app/ spells it: `/api/v1/sites/[slug]`. */
  route: string;
  method: Method;
  /** What this cell does, in words. */
  name: string;
  expect: Statuses;
  call: (c: CallContext) => Call;
  /** The rows a write touches; GETs need none. */
  probe?: (c: CallContext) => (db: Database.Database) => unknown;
  /** A look at a 200's body, for what it must not show this caller. */
  check?: (body: string, who: Who) => void;
}

const withoutSession = { anonymous: 401, disabled: 401 } as const;

/** Staff and admins may; every expert is refused; without a session, 401. */
export const keepers = (ok: number, admin = ok): Statuses => ({
  ...withoutSession,
  outsider: 403,
  member: 403,
  chair: 403,
  staff: ok,
  admin,
});
export const adminOnly = (ok: number): Statuses => ({ ...keepers(403), admin: ok });
/** Any account of ours, whatever its role. */
export const signedIn = (ok: number): Statuses => ({ ...withoutSession, outsider: ok, member: ok, chair: ok, staff: ok, admin: ok });
export const everyone = (ok: number): Statuses => Object.fromEntries(CALLERS.map((who) => [who, ok])) as Statuses;
/** The panel's members and staff read an inspection; an expert off the panel may not. */
export const panelAndKeepers = (ok: number): Statuses => ({ ...signedIn(ok), outsider: 403 });
/** Readers who may see what is not public: staff, and the panel of that project; others are told it does not exist. */
export const insiders = (ok: number): Statuses => ({ ...everyone(404), member: ok, chair: ok, staff: ok, admin: ok });

/** A probe of rows: `select … where … = ?`. */
export const rows =
  (sql: string, ...args: unknown[]) =>
  (db: Database.Database) =>
    db.prepare(sql).all(...args);

/** The current version of a row, so an allowed write is not refused as stale. */
export const versionOf = (db: Database.Database, table: string, id: number) =>
  db.prepare(`select version from ${table} where id = ?`).pluck().get(id) as number;

export const ROUTE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Every route file under app/ and the methods it exports: `POST /api/v1/sites`. */
export function routeFileEndpoints(appDir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^route\.(ts|tsx|js)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const route = `/${path.relative(appDir, entry.parentPath).split(path.sep).join('/')}`;
    const source = fs.readFileSync(file, 'utf8');
    const methods = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/g)) methods.add(m[1] as string);
    // `export const { GET, POST } = handler`
    for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) {
      for (const name of (m[1] as string).split(',')) methods.add(name.split(':').pop()?.trim() ?? '');
    }
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const name of (m[1] as string).split(','))
        methods.add(
          name
            .split(/\s+as\s+/)
            .pop()
            ?.trim() ?? '',
        );
    }
    for (const method of methods) if ((ROUTE_METHODS as readonly string[]).includes(method)) found.push(`${method} ${route}`);
  }
  return found.sort();
}
