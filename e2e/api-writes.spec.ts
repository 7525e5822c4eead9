import { type APIRequestContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { apiAs, e2eDatabase } from './accounts';

// The write API refuses bad input, broken rules and stale versions as problem+json, writes
// nothing when it refuses, audits what it accepts, and the public sees a save on the next request.

let staff: APIRequestContext;
let anonymous: APIRequestContext;
let db: Database.Database;
const PROJECT = 'writes-project';

interface Milestones {
  [kind: string]: { id: number; version: number };
}

async function milestones(): Promise<Milestones> {
  const project = await (await staff.get(`/api/v1/projects/${PROJECT}`)).json();
  return Object.fromEntries(project.milestones.map((m: { kind: string; id: number; version: number }) => [m.kind, m]));
}
const auditCount = () => db.prepare('select count(*) from audit_events').pluck().get() as number;
const milestoneRow = (id: number) => db.prepare('select planned, actual, note_zh, version from milestones where id = ?').get(id);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  staff = await apiAs(baseURL as string, 'staff');
  anonymous = await apiAs(baseURL as string, 'anonymous');
  db = new Database(e2eDatabase(), { readonly: true });
  const site = await staff.post('/api/v1/sites', {
    data: { slug: 'writes-site', name: { zh: '写入测试单位' }, category: 'modern_historic' },
  });
  expect(site.status()).toBe(201);
  expect(
    (await staff.post('/api/v1/sites/writes-site/buildings', { data: { slug: 'writes-hall', name: { zh: '写入测试厅' } } })).status(),
  ).toBe(201);
  const project = await staff.post('/api/v1/projects', {
    data: {
      site: 'writes-site',
      slug: PROJECT,
      title: { zh: '写入测试工程' },
      category: 'repair',
      buildings: ['writes-hall'],
      published: true,
    },
  });
  expect(project.status()).toBe(201);
  for (const [kind, actual] of [
    ['construction_start', '2020-07'],
    ['construction_complete', '2020-09'],
  ]) {
    const created = await staff.post(`/api/v1/projects/${PROJECT}/milestones`, { data: { kind, actual } });
    expect(created.status(), await created.text()).toBe(201);
  }
});

test.afterAll(async () => {
  db.close();
  await staff.dispose();
  await anonymous.dispose();
});

test('malformed JSON is a 400 problem and writes nothing', async () => {
  const { construction_start: start } = await milestones();
  const before = auditCount();
  const response = await staff.fetch(`/api/v1/milestones/${start?.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    data: Buffer.from('{"actual": "2020-08",'),
  });
  expect(response.status()).toBe(400);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expect((await response.json()).detail).toContain('JSON');
  expect(auditCount()).toBe(before);
});

test('an impossible date is refused with the field and the rule named in Chinese', async () => {
  const { construction_start: start } = await milestones();
  const before = milestoneRow(start?.id as number);
  const response = await staff.patch(`/api/v1/milestones/${start?.id}`, { data: { actual: '2020-13-45', version: start?.version } });
  expect(response.status()).toBe(400);
  const problem = await response.json();
  expect(problem.errors.actual).toEqual(['实际日期：月份不存在']);
  const wrongType = await staff.patch(`/api/v1/milestones/${start?.id}`, { data: { actual: 2020, version: 'one' } });
  expect(wrongType.status()).toBe(400);
  expect(Object.keys((await wrongType.json()).errors).sort()).toEqual(['actual', 'version']);
  expect(milestoneRow(start?.id as number)).toEqual(before);
});

test('a mid-term inspection before construction start breaks a rule: 422, nothing written', async () => {
  const before = auditCount();
  const count = db.prepare("select count(*) from milestones where kind = 'midterm_inspection'").pluck().get();
  const response = await staff.post(`/api/v1/projects/${PROJECT}/milestones`, {
    data: { kind: 'midterm_inspection', actual: '2020-05-20' },
  });
  expect(response.status()).toBe(422);
  const problem = await response.json();
  expect(problem.detail).toContain('中期检查（2020年5月20日）应在开工（2020年7月）与完工（2020年9月）之间');
  expect(problem.errors.actual).toContain('中期检查（2020年5月20日）应在开工（2020年7月）与完工（2020年9月）之间');
  // Rule 5 as well: an inspection is done only with a signed verdict, which staff cannot type in.
  expect(problem.errors.actual).toContain('中期检查（2020年5月20日）已填写实际日期，但尚无已签署的结论');
  expect(db.prepare("select count(*) from milestones where kind = 'midterm_inspection'").pluck().get()).toBe(count);
  expect(auditCount()).toBe(before);
});

test('moving construction start after completion is refused the same way', async () => {
  const { construction_start: start } = await milestones();
  const before = milestoneRow(start?.id as number);
  const response = await staff.patch(`/api/v1/milestones/${start?.id}`, { data: { actual: '2020-11', version: start?.version } });
  expect(response.status()).toBe(422);
  expect(milestoneRow(start?.id as number)).toEqual(before);
});

test('a stale version is a 409 carrying the record as it now stands', async () => {
  const { construction_complete: complete } = await milestones();
  const first = await staff.patch(`/api/v1/milestones/${complete?.id}`, { data: { note: '第一位', version: complete?.version } });
  expect(first.status()).toBe(200);
  const saved = (await first.json()).milestone;
  expect(saved.version).toBe((complete?.version as number) + 1);

  const before = milestoneRow(complete?.id as number);
  const stale = await staff.patch(`/api/v1/milestones/${complete?.id}`, { data: { note: '第二位', version: complete?.version } });
  expect(stale.status()).toBe(409);
  const problem = await stale.json();
  expect(problem.current).toMatchObject({ id: complete?.id, version: saved.version, note: { zh: '第一位' } });
  expect(milestoneRow(complete?.id as number)).toEqual(before);
});

test('an accepted save is audited once, shows in the history, and on the public page at once', async ({ request }) => {
  const { construction_complete: complete } = await milestones();
  // Render the public page first so a cached copy exists.
  expect(await (await request.get(`/projects/${PROJECT}`)).text()).toContain('2020年9月');
  const before = auditCount();
  const response = await staff.patch(`/api/v1/milestones/${complete?.id}`, { data: { actual: '2020-10', version: complete?.version } });
  expect(response.status()).toBe(200);
  const requestId = response.headers()['x-request-id'];
  expect(auditCount()).toBe(before + 1);
  const event = db
    .prepare("select * from audit_events where entity = 'milestone' and entity_id = ? order by id desc limit 1")
    .get(String(complete?.id)) as {
    before: string;
    after: string;
    request_id: string;
    actor_id: string | null;
  };
  expect(JSON.parse(event.before)).toMatchObject({ actual: '2020-09' });
  expect(JSON.parse(event.after)).toMatchObject({ actual: '2020-10' });
  expect(event.request_id).toBe(requestId);
  expect(event.actor_id).not.toBeNull();

  const history = await (await staff.get(`/api/v1/milestones/${complete?.id}/history`)).json();
  expect(history.items[0]).toMatchObject({ action: 'update', before: { actual: '2020-09' }, after: { actual: '2020-10' } });
  expect(history.items[0].actor.email).toMatch(/@bureau\.example$/);

  const page = await (await request.get(`/projects/${PROJECT}`)).text();
  expect(page).toContain('2020年10月');
});

test('an unpublished project does not exist for the public, but staff still see it', async ({ request }) => {
  expect((await staff.patch(`/api/v1/projects/${PROJECT}`, { data: { published: false } })).status()).toBe(200);
  expect((await request.get(`/projects/${PROJECT}`)).status()).toBe(404);
  expect((await anonymous.get(`/api/v1/projects/${PROJECT}`)).status()).toBe(404);
  expect(await (await request.get('/timeline')).text()).not.toContain('写入测试工程');
  expect(await (await request.get('/sites/writes-site')).text()).not.toContain('写入测试工程');
  const site = await (await anonymous.get('/api/v1/sites/writes-site')).json();
  expect(site.projects).toEqual([]);
  expect((await staff.get(`/api/v1/projects/${PROJECT}`)).status()).toBe(200);

  expect((await staff.patch(`/api/v1/projects/${PROJECT}`, { data: { published: true } })).status()).toBe(200);
  expect((await request.get(`/projects/${PROJECT}`)).status()).toBe(200);
});

test('a project may only hold buildings of its own site (rule 7)', async () => {
  const response = await staff.patch(`/api/v1/projects/${PROJECT}`, { data: { buildings: ['office-building'] } });
  expect(response.status()).toBe(422);
  expect((await response.json()).errors.buildings[0]).toContain('office-building');
});

test('unknown records are 404 problems', async () => {
  for (const path of ['/api/v1/milestones/999999', '/api/v1/milestones/abc', '/api/v1/approvals/0']) {
    const response = await staff.patch(path, { data: { version: 1 } });
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  }
  expect((await staff.post('/api/v1/projects/no-such-project/milestones', { data: { kind: 'archived' } })).status()).toBe(404);
});
