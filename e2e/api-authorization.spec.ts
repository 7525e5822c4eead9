import { type APIRequestContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { apiAs, e2eDatabase, type Role } from './accounts';

// Every write endpoint × every role: the status, and that a refusal changed nothing.

type Who = Role | 'anonymous';
const ROLES: Who[] = ['anonymous', 'expert', 'staff', 'admin'];
const KEEPERS: Who[] = ['staff', 'admin'];

/** A read of the rows a request would touch, to compare before and after a refusal. */
type Probe = (db: Database.Database) => unknown;

interface Endpoint {
  name: string;
  method: 'POST' | 'PATCH' | 'GET';
  path: (ids: Fixture) => string;
  body?: (tag: string, ids: Fixture) => unknown;
  ok: number;
  allowed: Who[];
  probe: (tag: string, ids: Fixture) => Probe;
}

interface Fixture {
  milestoneId: number;
  approvalId: number;
  designationId: number;
}

const row =
  (sql: string, ...args: unknown[]): Probe =>
  (db) =>
    db.prepare(sql).all(...args);

const ENDPOINTS: Endpoint[] = [
  {
    name: 'create a site',
    method: 'POST',
    path: () => '/api/v1/sites',
    body: (tag) => ({ slug: `site-${tag}`, name: { zh: '测试文物保护单位' }, category: 'other' }),
    ok: 201,
    allowed: KEEPERS,
    probe: (tag) => row('select * from sites where slug = ?', `site-${tag}`),
  },
  {
    name: 'edit a site',
    method: 'PATCH',
    path: () => '/api/v1/sites/matrix-site',
    body: (tag) => ({ district: `区-${tag}` }),
    ok: 200,
    allowed: KEEPERS,
    probe: () => row("select * from sites where slug = 'matrix-site'"),
  },
  {
    name: 'add a designation',
    method: 'POST',
    path: () => '/api/v1/sites/matrix-site/designations',
    body: (tag) => ({ level: 'municipal', date: '2011', documentNumber: `doc-${tag}` }),
    ok: 201,
    allowed: KEEPERS,
    probe: (tag) => row('select * from designations where document_number = ?', `doc-${tag}`),
  },
  {
    name: 'edit a designation',
    method: 'PATCH',
    path: (ids) => `/api/v1/designations/${ids.designationId}`,
    body: (tag) => ({ officialCode: `code-${tag}` }),
    ok: 200,
    allowed: KEEPERS,
    probe: (_tag, ids) => row('select * from designations where id = ?', ids.designationId),
  },
  {
    name: 'add a building',
    method: 'POST',
    path: () => '/api/v1/sites/matrix-site/buildings',
    body: (tag) => ({ slug: `building-${tag}`, name: { zh: '测试建筑' } }),
    ok: 201,
    allowed: KEEPERS,
    probe: (tag) => row('select * from buildings where slug = ?', `building-${tag}`),
  },
  {
    name: 'edit a building',
    method: 'PATCH',
    path: () => '/api/v1/sites/matrix-site/buildings/matrix-building',
    body: (tag) => ({ condition: `现状-${tag}` }),
    ok: 200,
    allowed: KEEPERS,
    probe: () => row("select * from buildings where slug = 'matrix-building'"),
  },
  {
    name: 'register an organisation',
    method: 'POST',
    path: () => '/api/v1/organisations',
    body: (tag) => ({ slug: `org-${tag}`, name: { zh: '测试单位' }, kind: 'company' }),
    ok: 201,
    allowed: ['admin'],
    probe: (tag) => row('select * from organisations where slug = ?', `org-${tag}`),
  },
  {
    name: 'edit an organisation',
    method: 'PATCH',
    path: () => '/api/v1/organisations/matrix-org',
    body: (tag) => ({ name: { zh: `测试单位-${tag}` } }),
    ok: 200,
    allowed: ['admin'],
    probe: () => row("select * from organisations where slug = 'matrix-org'"),
  },
  {
    name: 'open a project',
    method: 'POST',
    path: () => '/api/v1/projects',
    body: (tag) => ({
      site: 'matrix-site',
      slug: `project-${tag}`,
      title: { zh: '测试工程' },
      category: 'repair',
      buildings: ['matrix-building'],
    }),
    ok: 201,
    allowed: KEEPERS,
    probe: (tag) => row('select * from projects where slug = ?', `project-${tag}`),
  },
  {
    name: 'edit a project',
    method: 'PATCH',
    path: () => '/api/v1/projects/matrix-project',
    body: (tag) => ({ description: { zh: `说明-${tag}` } }),
    ok: 200,
    allowed: KEEPERS,
    probe: () => row("select * from projects where slug = 'matrix-project'"),
  },
  {
    name: 'add a milestone',
    method: 'POST',
    path: () => '/api/v1/projects/matrix-project/milestones',
    body: (tag) => ({ kind: 'midterm_inspection', note: `note-${tag}` }),
    ok: 201,
    allowed: KEEPERS,
    probe: (tag) => row('select * from milestones where note_zh = ?', `note-${tag}`),
  },
  {
    name: 'add an approval',
    method: 'POST',
    path: () => '/api/v1/projects/matrix-project/approvals',
    body: (tag) => ({ subject: 'plan', decision: 'approved', documentNumber: `approval-${tag}` }),
    ok: 201,
    allowed: KEEPERS,
    probe: (tag) => row('select * from approvals where document_number = ?', `approval-${tag}`),
  },
  {
    name: 'edit an approval',
    method: 'PATCH',
    path: (ids) => `/api/v1/approvals/${ids.approvalId}`,
    body: (tag) => ({ subjectText: { zh: `事项-${tag}` } }),
    ok: 200,
    allowed: KEEPERS,
    probe: (_tag, ids) => row('select * from approvals where id = ?', ids.approvalId),
  },
  {
    name: 'read a project history',
    method: 'GET',
    path: () => '/api/v1/projects/matrix-project/history',
    ok: 200,
    allowed: KEEPERS,
    probe: () => () => null,
  },
  {
    name: 'read a milestone history',
    method: 'GET',
    path: (ids) => `/api/v1/milestones/${ids.milestoneId}/history`,
    ok: 200,
    allowed: KEEPERS,
    probe: () => () => null,
  },
  {
    name: 'read the dashboard',
    method: 'GET',
    path: () => '/api/v1/manage/dashboard',
    ok: 200,
    allowed: KEEPERS,
    probe: () => () => null,
  },
];

// One worker, in order: the fixture records are made once, in beforeAll.
test.describe.configure({ mode: 'default' });

let fixture: Fixture;
const clients = new Map<Who, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  for (const role of ROLES) clients.set(role, await apiAs(baseURL as string, role));
  const admin = clients.get('admin') as APIRequestContext;
  // biome-ignore lint/suspicious/noExplicitAny: fixture responses are read for a few known fields
  const must = async (response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<any> => {
    expect(response.ok(), await response.text()).toBe(true);
    return response.json();
  };
  await must(await admin.post('/api/v1/sites', { data: { slug: 'matrix-site', name: { zh: '授权测试单位' }, category: 'other' } }));
  const designation = await must(await admin.post('/api/v1/sites/matrix-site/designations', { data: { level: 'county', date: '2001' } }));
  await must(await admin.post('/api/v1/sites/matrix-site/buildings', { data: { slug: 'matrix-building', name: { zh: '授权测试建筑' } } }));
  await must(await admin.post('/api/v1/organisations', { data: { slug: 'matrix-org', name: { zh: '授权测试公司' }, kind: 'company' } }));
  await must(
    await admin.post('/api/v1/projects', {
      data: {
        site: 'matrix-site',
        slug: 'matrix-project',
        title: { zh: '授权测试工程' },
        category: 'repair',
        buildings: ['matrix-building'],
      },
    }),
  );
  const milestone = await must(await admin.post('/api/v1/projects/matrix-project/milestones', { data: { kind: 'construction_start' } }));
  const approval = await must(
    await admin.post('/api/v1/projects/matrix-project/approvals', { data: { subject: 'plan', decision: 'approved' } }),
  );
  fixture = { milestoneId: milestone.milestone.id, approvalId: approval.approval.id, designationId: designation.id };
});

test.afterAll(async () => {
  for (const client of clients.values()) await client.dispose();
});

for (const endpoint of ENDPOINTS) {
  for (const role of ROLES) {
    const allowed = endpoint.allowed.includes(role);
    const expected = allowed ? endpoint.ok : role === 'anonymous' ? 401 : 403;
    test(`${endpoint.name} as ${role} → ${expected}`, async () => {
      const tag = `${role}-${Math.random().toString(36).slice(2, 8)}`;
      const db = new Database(e2eDatabase(), { readonly: true });
      const probe = endpoint.probe(tag, fixture);
      const before = probe(db);
      const client = clients.get(role) as APIRequestContext;
      const response = await client.fetch(endpoint.path(fixture), {
        method: endpoint.method,
        ...(endpoint.body ? { data: endpoint.body(tag, fixture) } : {}),
      });
      expect(response.status(), await response.text()).toBe(expected);
      if (!allowed) {
        expect(response.headers()['content-type']).toContain('application/problem+json');
        expect(probe(db)).toEqual(before);
      }
      db.close();
    });
  }
}

test('editing a milestone: only record keepers, and a refusal leaves it as it was', async () => {
  const db = new Database(e2eDatabase(), { readonly: true });
  const read = () =>
    db.prepare('select * from milestones where id = ?').get(fixture.milestoneId) as { version: number; note_zh: string | null };
  for (const role of ROLES) {
    const before = read();
    const response = await (clients.get(role) as APIRequestContext).patch(`/api/v1/milestones/${fixture.milestoneId}`, {
      data: { note: `by ${role}`, version: before.version },
    });
    if (KEEPERS.includes(role)) {
      expect(response.status()).toBe(200);
      expect((await response.json()).milestone.version).toBe(before.version + 1);
      expect(read()).toMatchObject({ note_zh: `by ${role}`, version: before.version + 1 });
    } else {
      expect(response.status()).toBe(role === 'anonymous' ? 401 : 403);
      expect(read()).toEqual(before);
    }
  }
  db.close();
});
