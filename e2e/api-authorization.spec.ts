import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { e2eDatabase } from './accounts';
import { CALLERS, type Fixture, makeFixture, OPEN_PROJECT, PANEL_PROJECT, PROJECT, signInCallers, type Who } from './authorization-fixture';
import { type Endpoint, ROUTE_METHODS, routeFileEndpoints } from './authorization-matrix';
import { DOCUMENT_ENDPOINTS, PANEL_ENDPOINTS } from './authorization-panels';
import { PUBLIC_READS, RECORD_ENDPOINTS } from './authorization-records';

// Every endpoint × every caller: the status each must get, and that a refused write changed
// nothing (the rows it would touch, read before and after) while an accepted one did. The
// callers: no session, a disabled account still sending its cookie, an expert on no panel of
// ours, a member and the chair of the panel, staff and an admin (authorization-fixture.ts).

const ENDPOINTS: Endpoint[] = [...PUBLIC_READS, ...RECORD_ENDPOINTS, ...PANEL_ENDPOINTS, ...DOCUMENT_ENDPOINTS];

/** Route files the matrix leaves to other specs, and why. */
const ELSEWHERE: Record<string, string> = {
  'GET /api/auth/[...all]':
    "better-auth's own handler (sign-in, sign-out, session; the rest closed): auth.spec.ts, sign-in-limit-auth.spec.ts, account-endpoints-auth.spec.ts",
  'POST /api/auth/[...all]':
    "better-auth's own handler (sign-in, sign-out, session; the rest closed): auth.spec.ts, sign-in-limit-auth.spec.ts, account-endpoints-auth.spec.ts",
};

const APP = path.join(__dirname, '..', 'app');

// One worker, in order: the records are made once, and a few cells follow one another (the
// admin schedules after staff did).
test.describe.configure({ mode: 'default' });

test('the matrix lists every route file and method under app/, and nothing that is not one', () => {
  const files = routeFileEndpoints(APP);
  expect(files.length).toBeGreaterThan(30);
  const listed = new Set([...ENDPOINTS.map((e) => `${e.method} ${e.route}`), ...Object.keys(ELSEWHERE)]);
  expect(
    files.filter((f) => !listed.has(f)),
    'route files and methods without a row in the matrix',
  ).toEqual([]);
  expect(
    [...listed].filter((l) => !files.includes(l)),
    'rows of the matrix with no route file',
  ).toEqual([]);
  for (const endpoint of ENDPOINTS) expect(Object.keys(endpoint.expect).sort(), endpoint.name).toEqual([...CALLERS].sort());
});

test('no Server Action: every write is a route handler, and so a row of this matrix', () => {
  let found = '';
  try {
    found = execFileSync('grep', ['-rlE', '--include=*.ts', '--include=*.tsx', `^\\s*['"]use server['"]`, 'app', 'components', 'lib'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // grep exits 1 when nothing matches.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  expect(found.trim().split('\n').filter(Boolean)).toEqual([]);
});

test('a method a route does not export is 405: no code of the route runs', async ({ request }) => {
  const exported = new Set(routeFileEndpoints(APP));
  const routes = [...new Set([...exported].map((e) => e.split(' ')[1] as string))].filter((r) => !r.startsWith('/api/auth/'));
  const refused: string[] = [];
  for (const route of routes) {
    // Any value fits a parameter: the method is refused before the route's code runs.
    const url = route.replace(/\/\[\[\.\.\.\w+\]\]/g, '').replace(/\[\w+\]/g, 'matrix-none');
    for (const method of ROUTE_METHODS.filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m) && !exported.has(`${m} ${route}`))) {
      const response = await request.fetch(url, { method, data: {} });
      if (response.status() !== 405) refused.push(`${method} ${url} → ${response.status()}`);
    }
  }
  expect(refused).toEqual([]);
});

test.describe('every endpoint × every caller', () => {
  let fixture: Fixture;
  let clients: Map<Who, APIRequestContext>;
  const client = (who: Who) => clients.get(who) as APIRequestContext;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(180_000);
    clients = await signInCallers(baseURL as string);
    fixture = await makeFixture(clients);
  });

  test.afterAll(async () => {
    for (const c of clients?.values() ?? []) await c.dispose();
  });

  for (const endpoint of ENDPOINTS) {
    for (const who of CALLERS) {
      const expected = endpoint.expect[who];
      test(`${endpoint.method} ${endpoint.route}: ${endpoint.name} as ${who} → ${expected}`, async () => {
        const db = new Database(e2eDatabase(), { readonly: true });
        try {
          const context = { tag: `${who}-${Math.random().toString(36).slice(2, 8)}`, ids: fixture, who, db };
          const probe = endpoint.probe?.(context);
          const before = probe?.(db);
          const call = endpoint.call(context);
          const response = await client(who).fetch(call.path, {
            method: endpoint.method,
            maxRedirects: 0,
            ...(call.data !== undefined ? { data: call.data } : {}),
            ...(call.multipart ? { multipart: call.multipart } : {}),
          });
          const body = await response.text();
          expect(response.status(), body.slice(0, 500)).toBe(expected);
          if (expected >= 400) expect(response.headers()['content-type']).toContain('application/problem+json');
          if (response.ok()) endpoint.check?.(body, who);
          if (probe) {
            if (response.ok()) expect(probe(db), 'an accepted write changes the rows it names').not.toEqual(before);
            else expect(probe(db), 'a refused write changes nothing').toEqual(before);
          }
        } finally {
          db.close();
        }
      });
    }
  }

  test('public pages show no more than the public API: an unpublished project and a draft opinion are 404 to everyone', async () => {
    const pages: [string, number][] = [
      [`/projects/${PROJECT}`, 404],
      [`/en/projects/${PROJECT}`, 404],
      [`/projects/${OPEN_PROJECT}/inspections/${fixture.openInspection}`, 404],
      [`/en/projects/${OPEN_PROJECT}/inspections/${fixture.openInspection}`, 404],
      [`/projects/${PANEL_PROJECT}/inspections/${fixture.lockedInspection}`, 200],
      [`/projects/${PANEL_PROJECT}`, 200],
    ];
    for (const who of ['anonymous', 'chair', 'staff'] as const) {
      for (const [url, status] of pages) expect((await client(who).get(url)).status(), `${url} as ${who}`).toBe(status);
    }
  });

  test('a disabled account is signed out everywhere: its cookie opens no session', async () => {
    const session = await client('disabled').get('/api/auth/get-session');
    expect(session.status()).toBe(200);
    expect(await session.json()).toBeNull();
  });
});
