import { type APIRequestContext, type APIResponse, expect, type Page, test } from '@playwright/test';
import { apiAs } from './accounts';
import { OFFICE_PROJECT } from './fixtures';
import { createOwnProject } from './manage-support';
import { internalsIn } from './security-support';

/**
 * Errors say what the caller did wrong and nothing of how the server is built: for bad input,
 * malformed and hostile bodies, unknown records and paths, wrong methods, SQL and FTS syntax,
 * and the error pages, no answer carries a stack trace, a file path, a driver's error or SQL; every
 * one carries the request id in `x-request-id`, and a problem+json body names the same id.
 */

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let staff: APIRequestContext;
let anonymous: APIRequestContext;
let milestoneId: number;
let milestoneVersion: number;

test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ baseURL }) => {
  [staff, anonymous] = await Promise.all([apiAs(baseURL as string, 'staff'), apiAs(baseURL as string, 'anonymous')]);
  const own = await createOwnProject(staff, '错误信息测试工程');
  const project = await (await staff.get(`/api/v1/projects/${own.slug}`)).json();
  const start = project.milestones.find((m: { kind: string }) => m.kind === 'construction_start');
  milestoneId = start.id;
  milestoneVersion = start.version;
});

test.afterAll(async () => {
  await Promise.all([staff, anonymous].map((c) => c?.dispose()));
});

interface Case {
  label: string;
  send: () => Promise<APIResponse>;
  /** The status class it must have: every one of these is the caller's mistake. */
  status: number | number[];
}

/** What is wrong with one error answer; empty when nothing is. */
async function disclosureProblems(label: string, response: APIResponse, status: number | number[]): Promise<string[]> {
  const problems: string[] = [];
  const statuses = Array.isArray(status) ? status : [status];
  if (!statuses.includes(response.status())) problems.push(`${label}: status ${response.status()}, expected ${statuses.join(' or ')}`);
  const body = await response.text();
  for (const name of internalsIn(body)) problems.push(`${label}: the body shows a ${name}: ${body.slice(0, 300)}`);
  for (const [header, value] of Object.entries(response.headers())) {
    for (const name of internalsIn(value)) problems.push(`${label}: header ${header} shows a ${name}: ${value}`);
  }
  const id = response.headers()['x-request-id'];
  if (!id || !REQUEST_ID.test(id)) problems.push(`${label}: x-request-id is ${id ?? 'missing'}`);
  if (response.headers()['content-type']?.includes('application/problem+json')) {
    const problem = JSON.parse(body) as Record<string, unknown>;
    if (problem.requestId !== id) problems.push(`${label}: requestId ${problem.requestId} in the body, ${id} in the header`);
    if (problem.status !== response.status()) problems.push(`${label}: status ${problem.status} in the body, ${response.status()} sent`);
    if (typeof problem.type !== 'string' || typeof problem.title !== 'string') problems.push(`${label}: a problem without type and title`);
  }
  return problems;
}

async function check(cases: Case[]) {
  const problems: string[] = [];
  for (const c of cases) problems.push(...(await disclosureProblems(c.label, await c.send(), c.status)));
  expect(problems, `${problems.length} problems in ${cases.length} answers`).toEqual([]);
}

const json =
  (client: () => APIRequestContext, method: string, path: string, body: string | Buffer, type = 'application/json') =>
  () =>
    client().fetch(path, { method, headers: { 'content-type': type }, data: typeof body === 'string' ? Buffer.from(body) : body });

test('bad and hostile request bodies are refused without internals', async () => {
  const asStaff = () => staff;
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  await check([
    { label: 'malformed JSON', send: json(asStaff, 'POST', '/api/v1/sites', '{"slug": "x",'), status: 400 },
    { label: 'empty body', send: json(asStaff, 'POST', '/api/v1/sites', ''), status: 400 },
    { label: 'JSON of the wrong shape', send: json(asStaff, 'POST', '/api/v1/sites', '[1, "two", null]'), status: 400 },
    { label: 'wrong types', send: json(asStaff, 'POST', '/api/v1/sites', '{"slug": 12, "name": "x", "category": []}'), status: 400 },
    {
      label: 'a prototype key',
      send: json(asStaff, 'POST', '/api/v1/sites', '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}'),
      status: 400,
    },
    { label: 'deeply nested JSON', send: json(asStaff, 'POST', '/api/v1/sites', deep), status: [400, 413] },
    {
      label: 'invalid UTF-8',
      send: json(asStaff, 'POST', '/api/v1/sites', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d])),
      status: 400,
    },
    {
      label: 'a body over the limit',
      send: json(asStaff, 'POST', '/api/v1/sites', `{"slug":"${'a'.repeat(2 * 1024 * 1024)}"}`),
      status: 413,
    },
    {
      label: 'SQL in a slug',
      send: json(asStaff, 'POST', '/api/v1/sites', `{"slug":"x'; drop table sites; --","name":{"zh":"x"},"category":"modern_historic"}`),
      status: 400,
    },
    {
      label: 'an impossible partial date',
      send: json(
        asStaff,
        'PATCH',
        `/api/v1/milestones/${milestoneId}`,
        JSON.stringify({ actual: '2020-13-45', version: milestoneVersion }),
      ),
      status: 400,
    },
    {
      label: 'a version as text',
      send: json(asStaff, 'PATCH', `/api/v1/milestones/${milestoneId}`, JSON.stringify({ actual: '2020-01', version: '1; drop' })),
      status: 400,
    },
    {
      label: 'a stale version',
      send: json(asStaff, 'PATCH', `/api/v1/milestones/${milestoneId}`, JSON.stringify({ note: '旧版本', version: 999 })),
      status: 409,
    },
    {
      label: 'an unknown record',
      send: json(asStaff, 'PATCH', '/api/v1/milestones/999999999', JSON.stringify({ note: 'x', version: 1 })),
      status: 404,
    },
    {
      label: 'a text id',
      send: json(asStaff, 'PATCH', '/api/v1/milestones/abc', JSON.stringify({ note: 'x', version: 1 })),
      status: [400, 404],
    },
    {
      label: 'an id past 2^63',
      send: json(asStaff, 'PATCH', '/api/v1/milestones/99999999999999999999999', JSON.stringify({ note: 'x', version: 1 })),
      status: [400, 404],
    },
    { label: 'an upload that is not multipart', send: json(asStaff, 'POST', '/api/v1/documents', '{"title":"x"}'), status: [400, 415] },
    {
      label: 'an upload of the wrong content',
      send: () =>
        staff.post('/api/v1/documents', {
          multipart: {
            title: '伪装文件',
            kind: 'photo',
            public: 'true',
            project: OFFICE_PROJECT.replace('/projects/', ''),
            file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('<?php echo 1; ?>') },
          },
        }),
      status: 415,
    },
    { label: 'a verdict for no inspection', send: json(asStaff, 'PUT', '/api/v1/inspections/999999999/verdict', '{}'), status: [400, 404] },
    { label: 'a write without a session', send: json(() => anonymous, 'POST', '/api/v1/sites', '{}'), status: 401 },
    {
      label: 'sign-in with malformed JSON',
      send: json(() => anonymous, 'POST', '/api/auth/sign-in/email', '{"email":'),
      status: [400, 415, 422],
    },
    {
      label: 'sign-in with a wrong password',
      send: json(() => anonymous, 'POST', '/api/auth/sign-in/email', '{"email":"nobody@bureau.example","password":"wrong password here"}'),
      status: 401,
    },
  ]);
});

test('hostile queries and paths are refused or answered without internals', async () => {
  const get =
    (path: string, client: () => APIRequestContext = () => anonymous) =>
    () =>
      client().get(path, { maxRedirects: 0 });
  const search = (q: string) => get(`/api/v1/search?q=${encodeURIComponent(q)}`);
  await check([
    { label: 'FTS: an unterminated quote', send: search('"二砂'), status: 200 },
    { label: 'FTS: operators alone', send: search('NEAR( OR AND NOT *'), status: 200 },
    { label: 'FTS: column filter', send: search('title:x {a b}: ^c'), status: 200 },
    { label: 'SQL in a query', send: search("'; drop table sites; --"), status: 200 },
    { label: 'a bad filter', send: get('/api/v1/search?q=x&level=nowhere'), status: 400 },
    { label: 'a negative offset', send: get('/api/v1/search?q=x&offset=-1&limit=1e9'), status: 400 },
    { label: 'an unknown project', send: get('/api/v1/projects/no-such-project'), status: 404 },
    { label: 'markup in a slug', send: get(`/api/v1/projects/${encodeURIComponent('<script>x</script>')}`), status: 404 },
    { label: 'a traversal in a slug', send: get('/api/v1/sites/..%2F..%2F..%2Fetc%2Fpasswd'), status: 404 },
    { label: 'a NUL in a slug', send: get('/api/v1/sites/a%00b'), status: 404 },
    { label: 'a broken %-escape', send: get('/api/v1/sites/%E0%A4%A'), status: [400, 404] },
    { label: 'a file that is not a number', send: get('/files/abc'), status: 404 },
    { label: 'a file that does not exist', send: get('/files/999999999'), status: 404 },
    { label: 'a file variant that does not exist', send: get('/files/1/huge'), status: 404 },
    { label: 'a calendar of no project', send: get('/calendar.ics?project=no-such-project'), status: 404 },
    { label: 'a calendar of an empty project', send: get('/calendar.ics?project='), status: 400 },
    { label: 'a review record of no one', send: get('/api/v1/inspections/abc', () => staff), status: [400, 404] },
  ]);
});

test('wrong methods and unknown API paths answer without internals', async () => {
  await check([
    { label: 'PUT on a collection', send: () => staff.put('/api/v1/sites', { data: {} }), status: 405 },
    { label: 'DELETE on search', send: () => anonymous.delete('/api/v1/search?q=x'), status: 405 },
    { label: 'GET on a write-only record', send: () => staff.get(`/api/v1/milestones/${milestoneId}`), status: 405 },
    { label: 'an unknown API path', send: () => anonymous.get('/api/v1/no-such-endpoint'), status: 404 },
    { label: 'an unknown auth path', send: () => anonymous.get('/api/auth/no-such-endpoint'), status: 404 },
  ]);
});

test('a 405 from the API says which methods are allowed, as problem+json', async () => {
  for (const [label, send] of [
    ['PUT on a collection', () => staff.put('/api/v1/sites', { data: {} })],
    ['GET on a write-only record', () => staff.get(`/api/v1/milestones/${milestoneId}`)],
  ] as const) {
    const response = await send();
    expect(response.status(), label).toBe(405);
    expect(response.headers().allow, `${label}: Allow (RFC 9110 §15.5.6)`).toBeTruthy();
    expect(response.headers()['content-type'], label).toContain('application/problem+json');
  }
});

test('an unknown API path is a problem+json 404, not the HTML page for people', async () => {
  const response = await anonymous.get('/api/v1/no-such-endpoint');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expect((await response.json()).requestId).toBe(response.headers()['x-request-id']);
});

/** What is wrong with the error pages at these paths: status, request id, internals in the HTML. */
async function errorPageProblems(page: Page, paths: string[], statuses: number[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    if (!response) throw new Error(`${path}: no answer`);
    const id = (await response.allHeaders())['x-request-id'];
    if (!statuses.includes(response.status())) problems.push(`${path}: status ${response.status()}, expected ${statuses.join(' or ')}`);
    if (!id || !REQUEST_ID.test(id)) problems.push(`${path}: x-request-id is ${id ?? 'missing'}`);
    for (const name of internalsIn(await response.text())) problems.push(`${path}: the HTML shows a ${name}`);
  }
  return problems;
}

test('error pages show no internals and carry the request id', async ({ page }) => {
  const paths = [
    '/no-such-page',
    '/en/no-such-page',
    '/projects/no-such-project',
    '/en/sites/no-such-site',
    '/sites/%E0%A4%A',
    `${OFFICE_PROJECT}/inspections/abc`,
    '/_next/static/no-such-file.js',
  ];
  expect(await errorPageProblems(page, paths, [404])).toEqual([]);
});

test('workspace pages with a broken address are a 4xx page, not a 500', async ({ browser }) => {
  const context = await browser.newContext({ storageState: await staff.storageState() });
  try {
    const page = await context.newPage();
    const paths = ['/manage/projects/%E0%A4%A', '/manage/sites/%E0%A4%A', '/review/inspections/%E0%A4%A'];
    expect(await errorPageProblems(page, paths, [400, 404])).toEqual([]);
  } finally {
    await context.close();
  }
});
