import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createUser, e2eDatabase, freshAddress, PASSWORD } from './accounts';

/**
 * better-auth serves more than sign-in under /api/auth: sign-up, profile and e-mail changes,
 * password resets, social sign-in, and its admin plugin's user management (create, set role,
 * ban and unban, impersonate, set a password, remove). Accounts change only through our
 * audited services and the CLI, so each of these, called as an administrator would (a signed-in
 * page of this site), must be refused and must change no account, role, password or session.
 */

test.beforeEach(() => {
  test.skip(test.info().project.name !== 'staff-desktop', 'accounts do not depend on the screen');
});

type Caller = 'anonymous' | 'staff' | 'admin';

interface People {
  staff: { id: string; email: string };
  admin: { id: string; email: string };
  /** Disabled by the admin through our API, to see that nothing re-enables it. */
  disabled: { id: string; email: string };
}

const NEW_EMAIL = `signup-${Date.now()}@bureau.example`;

/** Each closed endpoint, the caller who tries it, and the body they send. */
const CLOSED: { path: string; method?: 'GET' | 'POST'; caller: Caller; body?: (p: People) => unknown }[] = [
  { path: '/sign-up/email', caller: 'anonymous', body: () => ({ name: '自行注册', email: NEW_EMAIL, password: PASSWORD }) },
  { path: '/sign-up/email', caller: 'admin', body: () => ({ name: '自行注册', email: NEW_EMAIL, password: PASSWORD }) },
  { path: '/update-user', caller: 'staff', body: () => ({ name: '改名', role: 'admin', banned: false }) },
  { path: '/change-email', caller: 'staff', body: () => ({ newEmail: NEW_EMAIL }) },
  { path: '/delete-user', caller: 'staff', body: () => ({ password: PASSWORD }) },
  { path: '/delete-user/callback?token=forged', method: 'GET', caller: 'staff' },
  { path: '/request-password-reset', caller: 'anonymous', body: (p) => ({ email: p.staff.email, redirectTo: '/login' }) },
  { path: '/reset-password', caller: 'anonymous', body: () => ({ newPassword: 'a brand new password', token: 'forged-token' }) },
  { path: '/sign-in/social', caller: 'anonymous', body: () => ({ provider: 'github' }) },
  { path: '/link-social', caller: 'staff', body: () => ({ provider: 'github' }) },
  { path: '/update-session', caller: 'staff', body: (p) => ({ userId: p.admin.id, impersonatedBy: p.admin.id }) },
  { path: '/admin/create-user', caller: 'admin', body: () => ({ email: NEW_EMAIL, password: PASSWORD, name: '后门', role: 'admin' }) },
  { path: '/admin/set-role', caller: 'admin', body: (p) => ({ userId: p.staff.id, role: 'admin' }) },
  { path: '/admin/set-role', caller: 'staff', body: (p) => ({ userId: p.staff.id, role: 'admin' }) },
  { path: '/admin/update-user', caller: 'admin', body: (p) => ({ userId: p.staff.id, data: { role: 'admin', email: NEW_EMAIL } }) },
  { path: '/admin/unban-user', caller: 'admin', body: (p) => ({ userId: p.disabled.id }) },
  { path: '/admin/ban-user', caller: 'admin', body: (p) => ({ userId: p.staff.id, banReason: '绕过审计' }) },
  { path: '/admin/impersonate-user', caller: 'admin', body: (p) => ({ userId: p.staff.id }) },
  {
    path: '/admin/set-user-password',
    caller: 'admin',
    body: (p) => ({ userId: p.staff.id, newPassword: 'a password set by someone else' }),
  },
  { path: '/admin/revoke-user-sessions', caller: 'admin', body: (p) => ({ userId: p.staff.id }) },
  { path: '/admin/remove-user', caller: 'admin', body: (p) => ({ userId: p.disabled.id }) },
  { path: '/admin/list-users', method: 'GET', caller: 'admin' },
  { path: '/admin/get-user?id=x', method: 'GET', caller: 'admin' },
];

/** Everything about these accounts that one of those endpoints could change. */
function accounts(db: Database.Database, people: People) {
  const ids = [people.staff.id, people.admin.id, people.disabled.id];
  const marks = ids.map(() => '?').join(',');
  return {
    users: db.prepare(`select id, email, name, role, banned, ban_reason from user where id in (${marks}) order by id`).all(...ids),
    passwords: db.prepare(`select user_id, password from account where user_id in (${marks}) order by user_id`).all(...ids),
    sessions: db.prepare(`select user_id, impersonated_by from session where user_id in (${marks}) order by id`).all(...ids),
    signedUp: db.prepare('select count(*) from user where email = ?').pluck().get(NEW_EMAIL),
  };
}

async function signedIn(baseURL: string, email: string | null): Promise<APIRequestContext> {
  // As a page of this site would: its own Origin.
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': freshAddress(), origin: baseURL } });
  if (email) expect((await api.post('/api/auth/sign-in/email', { data: { email, password: PASSWORD } })).status()).toBe(200);
  return api;
}

test("better-auth's account endpoints other than sign-in are closed, to admins too, and change nothing", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const base = baseURL as string;
  const db = new Database(e2eDatabase(), { readonly: true });
  const idOf = (email: string) => db.prepare('select id from user where email = ?').pluck().get(email) as string;
  const [staffUser, adminUser, disabledUser] = [createUser('staff'), createUser('admin'), createUser('expert')];
  const people: People = {
    staff: { email: staffUser.email, id: idOf(staffUser.email) },
    admin: { email: adminUser.email, id: idOf(adminUser.email) },
    disabled: { email: disabledUser.email, id: idOf(disabledUser.email) },
  };
  const clients: Record<Caller, APIRequestContext> = {
    anonymous: await signedIn(base, null),
    staff: await signedIn(base, people.staff.email),
    admin: await signedIn(base, people.admin.email),
  };
  expect((await clients.admin.post(`/api/v1/users/${people.disabled.id}/disable`, { data: {} })).status()).toBe(200);
  try {
    const before = accounts(db, people);
    const opened: string[] = [];
    for (const { path, method = 'POST', caller, body } of CLOSED) {
      const response = await clients[caller].fetch(`/api/auth${path}`, { method, ...(body ? { data: body(people) } : {}) });
      const status = response.status();
      test.info().annotations.push({ type: `${method} ${path} as ${caller}`, description: String(status) });
      if (status < 400 || status >= 500) opened.push(`${method} ${path} as ${caller} → ${status} ${(await response.text()).slice(0, 120)}`);
      expect(response.headers()['set-cookie'] ?? '', `${path} as ${caller}`).not.toContain('better-auth.session_token=');
      expect(accounts(db, people), `${method} ${path} as ${caller}`).toEqual(before);
    }
    expect(opened).toEqual([]);
    // The disabled account stays out; the others still sign in with their own passwords.
    const again = await signedIn(base, null);
    expect((await again.post('/api/auth/sign-in/email', { data: { email: people.disabled.email, password: PASSWORD } })).status()).toBe(
      403,
    );
    await again.dispose();
    // Without the password nothing tells a disabled account, a live one and no account apart.
    const wrong = async (email: string) => {
      const api = await signedIn(base, null);
      const response = await api.post('/api/auth/sign-in/email', { data: { email, password: 'a wrong password, long enough' } });
      const { requestId: _id, instance: _instance, ...body } = await response.json();
      await api.dispose();
      return { status: response.status(), body };
    };
    const unknown = await wrong(`nobody-${Date.now()}@bureau.example`);
    expect(unknown.status).toBe(401);
    expect(await wrong(people.disabled.email)).toEqual(unknown);
    expect(await wrong(people.staff.email)).toEqual(unknown);
    const staffAgain = await signedIn(base, people.staff.email);
    expect(await (await staffAgain.get('/api/auth/get-session')).json()).toMatchObject({ user: { role: 'staff' } });
    await staffAgain.dispose();
  } finally {
    db.close();
    await Promise.all(Object.values(clients).map((c) => c.dispose()));
  }
});
