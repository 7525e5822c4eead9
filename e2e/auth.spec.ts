import { spawnSync } from 'node:child_process';
import { type APIRequestContext, type Browser, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createUser, e2eDatabase, freshAddress, PASSWORD, type Role } from './accounts';

/**
 * Accounts and sign-in. Limits (lib/auth/sign-in-limits.ts): per address 30 sign-in attempts a
 * minute, per account 5 a minute. Each test signs in from its own address (X-Forwarded-For, as a
 * proxy in front of the app would send it), so the tests neither exhaust nor share one bucket.
 */
test.beforeEach(() => {
  test.skip(test.info().project.name !== 'staff-desktop', 'accounts do not depend on the screen');
});

const SESSION_COOKIE = 'better-auth.session_token';
const database = e2eDatabase;

function userAdd(args: string[], input: string) {
  return spawnSync('npx', ['tsx', 'scripts/user-add.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: database() },
  });
}

/** A cookie-keeping API client that presents itself as a browser page of this site at `address`. */
async function client(baseURL: string, address = freshAddress()): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address, origin: baseURL } });
}

async function signIn(api: APIRequestContext, email: string, password = PASSWORD) {
  return api.post('/api/auth/sign-in/email', { data: { email, password } });
}

async function signedInAs(baseURL: string, role: Role): Promise<{ api: APIRequestContext; id: string; email: string }> {
  const { email } = createUser(role);
  const api = await client(baseURL);
  const response = await signIn(api, email);
  expect(response.status(), await response.text()).toBe(200);
  return { api, id: (await response.json()).user.id, email };
}

async function session(api: APIRequestContext): Promise<unknown> {
  const response = await api.get('/api/auth/get-session');
  expect(response.status()).toBe(200);
  return response.json();
}

async function browserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
  return context.newPage();
}

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test('the CLI refuses a short password, a bad e-mail or role, and creates a user', async () => {
  const email = `cli-${Date.now()}@bureau.example`;

  const short = userAdd(['--email', email, '--name', '王工', '--role', 'staff'], 'too short\n');
  expect(short.status).not.toBe(0);
  expect(short.stderr).toContain('password: at least 12 characters (got 9)');

  const badEmail = userAdd(['--email', 'not-an-address', '--name', '王工', '--role', 'staff'], `${PASSWORD}\n`);
  expect(badEmail.status).not.toBe(0);
  expect(badEmail.stderr).toContain('--email');

  const badRole = userAdd(['--email', email, '--name', '王工', '--role', 'boss'], `${PASSWORD}\n`);
  expect(badRole.status).not.toBe(0);
  expect(badRole.stderr).toContain('--role');

  const help = userAdd(['--help'], '');
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('Usage: npm run user:add');

  const created = userAdd(['--email', email, '--name', '王工', '--role', 'staff'], `${PASSWORD}\nignored second line\n`);
  expect(created.status, created.stderr).toBe(0);
  expect(created.stdout).toContain(`created staff account ${email}`);

  const again = userAdd(['--email', email, '--name', '王工', '--role', 'staff'], `${PASSWORD}\n`);
  expect(again.status).not.toBe(0);
  expect(again.stderr).toContain('already exists');

  const db = new Database(database(), { readonly: true });
  try {
    const row = db.prepare('select name, role, banned from user where email = ?').get(email);
    expect(row).toEqual({ name: '王工', role: 'staff', banned: 0 });
  } finally {
    db.close();
  }
});

test('staff sign in at /login and land on /manage with an HttpOnly, SameSite=Lax session cookie', async ({ browser }) => {
  const { email } = createUser('staff');
  const page = await browserPage(browser);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible();
  await fillLogin(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/manage(\/|$)/);

  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toBeDefined();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  // Served over plain http here: Secure is only set when the request came over HTTPS.
  expect(cookie?.secure).toBe(false);
  const signedIn = await (await page.request.get('/api/auth/get-session')).json();
  expect(signedIn.user).toMatchObject({ email, role: 'staff' });
  await page.context().close();
});

test('?next= is honoured, and only for paths on this site', async ({ browser }) => {
  const { email } = createUser('expert');
  const page = await browserPage(browser);
  await page.goto('/login?next=https://evil.example/');
  await fillLogin(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/manage(\/|$)/);

  await page.goto('/login?next=/timeline');
  // Already signed in: the page says so, and offers the way on and out.
  await expect(page.getByRole('heading', { name: '已登录' })).toBeVisible();
  await expect(page.getByText('（专家）的身份登录')).toBeVisible();
  await page.getByRole('link', { name: '继续', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await page.context().close();
});

test('the form names the field at fault, and a wrong password is said in Chinese', async ({ browser }) => {
  const { email } = createUser('staff');
  const page = await browserPage(browser);
  await page.goto('/login');

  await fillLogin(page, 'not-an-address', 'short');
  await expect(page.getByText('邮箱：请填写有效的邮箱地址')).toBeVisible();
  await expect(page.getByText('密码：至少12个字符')).toBeVisible();
  await expect(page.getByLabel('邮箱')).toHaveAttribute('aria-invalid', 'true');

  await fillLogin(page, email, 'a wrong password, long enough');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('邮箱或密码不正确');
  await expect(page).toHaveURL(/\/login$/);
  await page.context().close();
});

test('one account gets 5 attempts a minute, whatever the address; then 429 with Retry-After', async ({ baseURL, browser }) => {
  const { email } = createUser('staff');
  for (let attempt = 1; attempt <= 5; attempt++) {
    const api = await client(baseURL as string); // a new address every time
    expect((await signIn(api, email, `wrong password ${attempt}!!`)).status()).toBe(401);
    await api.dispose();
  }
  const api = await client(baseURL as string);
  const refused = await signIn(api, email); // even the right password, until the minute is over
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  await api.dispose();

  const page = await browserPage(browser);
  await page.goto('/login');
  await fillLogin(page, email, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(/尝试次数过多，请在\d+秒后再试/);
  await page.context().close();
});

test('one address gets 30 sign-in attempts a minute, whatever the account; then 429 with Retry-After', async ({ baseURL }) => {
  const address = freshAddress();
  const api = await client(baseURL as string, address);
  for (let attempt = 1; attempt <= 30; attempt++) {
    expect((await signIn(api, `nobody-${attempt}-${Date.now()}@bureau.example`)).status()).toBe(401);
  }
  const refused = await signIn(api, `nobody-else-${Date.now()}@bureau.example`);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  await api.dispose();

  // Another address is not held back.
  const other = await client(baseURL as string);
  expect((await signIn(other, `nobody-${Date.now()}@bureau.example`)).status()).toBe(401);
  await other.dispose();
});

test('logging out ends the session on the server, not only in the browser', async ({ browser }) => {
  const { email } = createUser('staff');
  const page = await browserPage(browser);
  await page.goto('/login');
  await fillLogin(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/manage(\/|$)/);
  const token = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)?.value;
  expect(token).toBeTruthy();

  await page.goto('/login');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  expect(await (await page.request.get('/api/auth/get-session')).json()).toBeNull();

  // The old cookie, replayed, no longer opens a session.
  const replay = await page.request.get('/api/auth/get-session', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
  expect(await replay.json()).toBeNull();
  await page.context().close();
});

test('an admin disabling a user ends their session and keeps them out', async ({ baseURL, browser }) => {
  const admin = await signedInAs(baseURL as string, 'admin');
  const target = await signedInAs(baseURL as string, 'staff');
  expect(await session(target.api)).toMatchObject({ user: { email: target.email } });

  const response = await admin.api.post(`/api/v1/users/${target.id}/disable`, { data: { reason: '离职' } });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ id: target.id, email: target.email, disabled: true, disabledReason: '离职' });

  expect(await session(target.api)).toBeNull();
  const again = await signIn(target.api, target.email);
  expect(again.status()).toBe(403);
  expect(await again.json()).toMatchObject({ code: 'BANNED_USER' });

  const page = await browserPage(browser);
  await page.goto('/login');
  await fillLogin(page, target.email, PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('该账号已停用');
  await page.context().close();

  const db = new Database(database(), { readonly: true });
  try {
    const event = db.prepare("select actor_id, action from audit_events where entity = 'user' and entity_id = ?").get(target.id);
    expect(event).toEqual({ actor_id: admin.id, action: 'disable' });
  } finally {
    db.close();
  }
  await admin.api.dispose();
  await target.api.dispose();
});

test('only an admin may disable: 401 anonymous, 403 other roles, 404 unknown, 422 oneself', async ({ baseURL }) => {
  const target = await signedInAs(baseURL as string, 'expert');
  const path = `/api/v1/users/${target.id}/disable`;

  const anonymous = await client(baseURL as string);
  const unauthenticated = await anonymous.post(path, { data: {} });
  expect(unauthenticated.status()).toBe(401);
  expect(unauthenticated.headers()['content-type']).toContain('application/problem+json');
  await anonymous.dispose();

  for (const role of ['staff', 'expert'] as const) {
    const { api } = await signedInAs(baseURL as string, role);
    const forbidden = await api.post(path, { data: {} });
    expect(forbidden.status(), role).toBe(403);
    expect(forbidden.headers()['content-type']).toContain('application/problem+json');
    await api.dispose();
  }
  expect(await session(target.api)).not.toBeNull(); // nothing happened to the target

  const admin = await signedInAs(baseURL as string, 'admin');
  const unknown = await admin.api.post('/api/v1/users/no-such-user/disable');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).status).toBe(404);
  expect((await admin.api.post(`/api/v1/users/${admin.id}/disable`, { data: {} })).status()).toBe(422);
  await admin.api.dispose();
  await target.api.dispose();
});
