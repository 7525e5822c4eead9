import { type APIRequestContext, type APIResponse, type Browser, expect, type Page, test } from '@playwright/test';
import { apiAs, apiFor, createUser, signInPage } from './accounts';
import { BUILDINGS, OFFICE_PROJECT, SITE } from './fixtures';
import { createOwnProject, milestone, type OwnProject } from './manage-support';
import { expectHydrated, expectNoCspViolation, securityHeaderProblems, watchCsp } from './security-support';

/**
 * Security headers on every kind of answer the server gives (pages in both languages, 404s,
 * redirects, the workspace signed in, Next's static files, stored files, the JSON API's successes
 * and problems, feeds), over plain http and as forwarded from https; then, in the browser, every
 * kind of page loads under its policy with no violation and still works: React hydrates, a link
 * navigates on the client, the workspace's queries load and a form saves, the sign-in form signs in.
 * Runs on the staff server: it makes accounts, a project and an inspection of its own.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n% headers spec\n');
const ORGANISER = 'zhengzhou-cultural-heritage-bureau';

let staff: APIRequestContext;
let expert: APIRequestContext;
let anonymous: APIRequestContext;
let staffUser: { email: string };
let chairUser: { email: string };
let own: OwnProject;
let opinionId: number;
let inspectionId: number;
let fileId: number;

test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ baseURL }) => {
  const base = baseURL as string;
  staffUser = createUser('staff', '安全头测试员');
  chairUser = createUser('expert', '安全头组长');
  const member = createUser('expert', '安全头专家');
  [staff, expert, anonymous] = await Promise.all([apiFor(base, staffUser.email), apiFor(base, chairUser.email), apiAs(base, 'anonymous')]);
  own = await createOwnProject(staff, '安全头测试工程');
  const scheduled = await staff.post(`/api/v1/projects/${own.slug}/inspections`, {
    data: {
      kind: 'midterm_inspection',
      date: '2021-06-15',
      organiser: ORGANISER,
      panel: [
        { email: chairUser.email, chair: true },
        { email: member.email, chair: false },
      ],
    },
  });
  expect(scheduled.status(), await scheduled.text()).toBe(201);
  inspectionId = (await scheduled.json()).id;

  const office = await (await anonymous.get(`/api/v1${OFFICE_PROJECT}`)).json();
  opinionId = office.milestones.find((m: { inspection: { id: number } | null }) => m.inspection)?.inspection.id;
  expect(opinionId).toBeGreaterThan(0);

  const uploaded = await staff.post('/api/v1/documents', {
    multipart: {
      title: '安全头测试文件',
      kind: 'completion_report',
      public: 'true',
      project: own.slug,
      file: { name: 'headers.pdf', mimeType: 'application/pdf', buffer: PDF },
    },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  fileId = (await uploaded.json()).id;
});

test.afterAll(async () => {
  await Promise.all([staff, expert, anonymous].map((c) => c?.dispose()));
});

interface Probe {
  label: string;
  client: () => APIRequestContext;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The status the answer must have: the crawl reaches what it means to reach. */
  status: number;
}

const building = `${SITE}/buildings/office-building`;
const opinion = () => `${OFFICE_PROJECT}/inspections/${opinionId}`;

function probes(): Probe[] {
  const anon = () => anonymous;
  const asStaff = () => staff;
  const asExpert = () => expert;
  const page = (path: string, status = 200): Probe => ({ label: path, client: anon, path, status });
  return [
    ...['', '/en'].flatMap((prefix) => [
      page(prefix || '/'),
      page(`${prefix}${SITE}`),
      page(`${prefix}${building}`),
      page(`${prefix}${OFFICE_PROJECT}`),
      page(`${prefix}${opinion()}`),
      page(`${prefix}/timeline`),
      page(`${prefix}/search?q=${encodeURIComponent('二砂')}`),
      page(`${prefix}/about`),
      page(`${prefix}/no-such-page`, 404),
      page(`${prefix}/projects/no-such-project`, 404),
    ]),
    page('/zh/about', 307),
    page('/manage', 307),
    page('/login'),
    // Next sends a flight request without its cache-busting parameter to the address with one.
    { label: 'RSC request, redirected', client: anon, path: OFFICE_PROJECT, headers: { rsc: '1' }, status: 307 },
    { label: 'RSC payload of a project page', client: anon, path: `${OFFICE_PROJECT}?_rsc`, headers: { rsc: '1' }, status: 200 },
    { label: 'workspace dashboard', client: asStaff, path: '/manage', status: 200 },
    { label: 'project editor', client: asStaff, path: `/manage${OFFICE_PROJECT}`, status: 200 },
    { label: 'sites list', client: asStaff, path: '/manage/sites', status: 200 },
    { label: 'organisations', client: asStaff, path: '/manage/organisations', status: 200 },
    { label: 'review list', client: asExpert, path: '/review', status: 200 },
    { label: 'review screen', client: asExpert, path: `/review/inspections/${inspectionId}`, status: 200 },
    // A file of an unpublished project (this spec's own): its readers are signed in.
    { label: 'stored file', client: asStaff, path: `/files/${fileId}`, status: 200 },
    { label: 'missing file', client: anon, path: '/files/999999', status: 404 },
    { label: 'API list', client: anon, path: '/api/v1/sites', status: 200 },
    { label: 'API record', client: anon, path: `/api/v1${OFFICE_PROJECT}`, status: 200 },
    { label: 'API signed-in read', client: asStaff, path: '/api/v1/manage/dashboard', status: 200 },
    { label: 'API 404 problem', client: anon, path: '/api/v1/projects/no-such-project', status: 404 },
    { label: 'API 400 problem', client: anon, path: '/api/v1/search?level=nowhere', status: 400 },
    { label: 'API 401 problem', client: anon, path: '/api/v1/sites', method: 'POST', status: 401 },
    { label: 'OpenAPI', client: anon, path: '/api/v1/openapi.json', status: 200 },
    { label: 'CSV', client: anon, path: '/api/v1/projects.csv', status: 200 },
    { label: 'Atom feed', client: anon, path: '/feed.xml', status: 200 },
    { label: 'calendar', client: anon, path: '/calendar.ics', status: 200 },
    { label: 'robots', client: anon, path: '/robots.txt', status: 200 },
    { label: 'sitemap', client: anon, path: '/sitemap.xml', status: 200 },
    { label: 'icon', client: anon, path: '/icon.svg', status: 200 },
    { label: 'health', client: anon, path: '/api/health', status: 200 },
    { label: 'auth session', client: asStaff, path: '/api/auth/get-session', status: 200 },
  ];
}

async function fetchProbe(probe: Probe, https: boolean): Promise<APIResponse> {
  return probe.client().fetch(probe.path, {
    method: probe.method ?? 'GET',
    maxRedirects: 0,
    headers: { ...probe.headers, ...(https ? { 'x-forwarded-proto': 'https' } : {}) },
    ...(probe.method === 'POST' ? { data: {} } : {}),
  });
}

/** Next's own JavaScript and CSS, as a page links them. */
async function staticAssets(): Promise<Probe[]> {
  const html = await (await anonymous.get(OFFICE_PROJECT)).text();
  const js = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
  const css = /\/_next\/static\/[^"'\s]+\.css/.exec(html)?.[0];
  expect(js, 'the page links a script').toBeTruthy();
  expect(css, 'the page links a stylesheet').toBeTruthy();
  return [js, css].map((path) => ({ label: path as string, client: () => anonymous, path: path as string, status: 200 }));
}

for (const https of [false, true]) {
  test(`every kind of answer carries the security headers ${https ? 'forwarded from https (with HSTS)' : 'over plain http (no HSTS)'}`, async () => {
    const all = [...probes(), ...(await staticAssets())];
    const failures: string[] = [];
    for (const probe of all) {
      const response = await fetchProbe(probe, https);
      if (response.status() !== probe.status) {
        failures.push(`${probe.label}: status ${response.status()}, expected ${probe.status}`);
        continue;
      }
      for (const problem of securityHeaderProblems(response.headers(), https)) failures.push(`${probe.label} (${probe.path}): ${problem}`);
    }
    expect(failures, `${failures.length} problems over ${all.length} answers`).toEqual([]);
  });
}

test('the policy names the scripts a page runs by their hash, per page', async () => {
  // A policy computed per HTML answer: two pages with different inline scripts carry different hashes.
  const policies = await Promise.all(
    [OFFICE_PROJECT, '/en/about'].map(async (path) => (await anonymous.get(path)).headers()['content-security-policy'] ?? ''),
  );
  for (const policy of policies) expect(policy).toMatch(/script-src[^;]*'sha256-[A-Za-z0-9+/]+=*'/);
  expect(policies[0]).not.toBe(policies[1] as string);
});

/** A signed-in browser context of a role, recording CSP violations. */
async function browse(browser: Browser, email?: string) {
  const context = await browser.newContext();
  const watch = await watchCsp(context);
  const page = await context.newPage();
  if (email) await signInPage(page, email);
  return { context, page, watch };
}

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
}

test('every public page type loads with no CSP violation and hydrates, in both languages', async ({ browser }) => {
  const { context, page, watch } = await browse(browser);
  try {
    for (const prefix of ['', '/en']) {
      for (const path of [
        prefix || '/',
        `${prefix}${SITE}`,
        `${prefix}${building}`,
        `${prefix}${OFFICE_PROJECT}`,
        `${prefix}/timeline`,
        `${prefix}/search?q=${encodeURIComponent('砂轮')}`,
        `${prefix}/about`,
      ]) {
        await visit(page, path);
        // The language switch is the public pages' one client component.
        await expectHydrated(page, 'nav.language-switch a');
        await expectNoCspViolation(watch, page);
      }
      await visit(page, `${prefix}${opinion()}`);
      await expect(page.getByRole('button', { name: prefix ? 'Print' : '打印' })).toBeVisible(); // rendered by an effect: scripts ran
      await expectNoCspViolation(watch, page);
      await visit(page, `${prefix}/no-such-page`, 404);
      await expectNoCspViolation(watch, page);
    }
  } finally {
    await context.close();
  }
});

test('a link navigates on the client under the policy, and the language switch still works', async ({ browser }) => {
  const { context, page, watch } = await browse(browser);
  try {
    await visit(page, OFFICE_PROJECT);
    await expectHydrated(page, 'nav.language-switch a');
    // A client-side navigation keeps the window; a full page load would lose this mark.
    await page.evaluate(() => Object.assign(window, { __stayed: true }));
    const OFFICE_BUILDING = BUILDINGS[0] as string;
    const office = page.getByRole('main').getByRole('link', { name: OFFICE_BUILDING }).first();
    await office.click();
    await expect(page).toHaveURL(/\/sites\/zhengzhou-no2-grinding-wheel-factory\/buildings\/office-building$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(OFFICE_BUILDING);
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/sites\/zhengzhou-no2-grinding-wheel-factory\/buildings\/office-building$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoCspViolation(watch, page);
  } finally {
    await context.close();
  }
});

test('the sign-in form signs in under the policy', async ({ browser }) => {
  const { context, page, watch } = await browse(browser);
  try {
    const user = createUser('staff', '安全头登录');
    await visit(page, '/login');
    await page.getByLabel('邮箱').fill(user.email);
    await page.getByLabel('密码').fill('correct horse battery staple');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL('/manage');
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expectNoCspViolation(watch, page);
  } finally {
    await context.close();
  }
});

test('the workspace loads its data and saves a form under the policy', async ({ browser }) => {
  const { context, page, watch } = await browse(browser, staffUser.email);
  try {
    await visit(page, '/manage');
    // The dashboard's lists come from react-query fetches of the API.
    await expect(page.getByRole('region', { name: '最近修改的工程' }).getByRole('row', { name: new RegExp(own.title) })).toBeVisible();
    await expectNoCspViolation(watch, page);
    for (const path of ['/manage/sites', '/manage/organisations', `/manage${OFFICE_PROJECT}`]) {
      await visit(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoCspViolation(watch, page);
    }
    await visit(page, own.editor);
    const complete = milestone(page, '完工');
    await complete.getByLabel('实际日期').fill('2021-09');
    await complete.getByRole('button', { name: '保存' }).click();
    await expect(complete.getByRole('status')).toContainText('已保存');
    const saved = await (await staff.get(`/api/v1/projects/${own.slug}`)).json();
    expect(saved.milestones.find((m: { kind: string }) => m.kind === 'construction_complete').actual).toBe('2021-09');
    await expectNoCspViolation(watch, page);
  } finally {
    await context.close();
  }
});

test('the review screens load their data under the policy', async ({ browser }) => {
  const { context, page, watch } = await browse(browser, chairUser.email);
  try {
    await visit(page, '/review');
    await expect(page.getByRole('link', { name: `中期检查 · ${own.title}` })).toBeVisible();
    await expectNoCspViolation(watch, page);
    await page.getByRole('link', { name: `中期检查 · ${own.title}` }).click();
    await expect(page).toHaveURL(`/review/inspections/${inspectionId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(own.title);
    await expectNoCspViolation(watch, page);
  } finally {
    await context.close();
  }
});
