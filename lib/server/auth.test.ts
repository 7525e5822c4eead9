import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEnvironment, TEST_AUTH_SECRET } from '@/test/auth-environment';

// The server's auth opens DATABASE_PATH on first use: throwaway values before the import.
const environment = authEnvironment('auth');
const { handleAuthRequest } = await import('./auth');
const { currentActor } = await import('./actor');
const { getDb } = await import('@/db/client');
const { createAuth } = await import('@/lib/auth/create-auth');

const PASSWORD = 'correct horse battery staple';

function signInRequest(origin: string, email: string, headers: Record<string, string> = {}) {
  return new Request(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '2001:db8:aa::1', ...headers },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
}

beforeAll(async () => {
  // As the CLI does: an instance with a fixed address, since no request is there to give one.
  const cli = createAuth({ db: getDb(), secret: TEST_AUTH_SECRET, baseURL: 'http://localhost' });
  await cli.api.createUser({ body: { email: 'staff@bureau.example', name: '王工', password: PASSWORD, role: 'staff' } });
});
afterAll(() => environment.restore());

describe('handleAuthRequest', () => {
  it('gives an HttpOnly, SameSite=Lax cookie, Secure only over HTTPS', async () => {
    const plain = await handleAuthRequest(signInRequest('http://localhost:3000', 'staff@bureau.example'));
    expect(plain.status).toBe(200);
    const [cookie] = plain.headers.getSetCookie();
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const direct = await handleAuthRequest(signInRequest('https://localhost', 'staff@bureau.example'));
    expect(direct.headers.getSetCookie()[0]).toMatch(/; Secure$/);
    const proxied = await handleAuthRequest(
      signInRequest('http://127.0.0.1:3000', 'staff@bureau.example', { 'x-forwarded-proto': 'https', 'x-forwarded-for': '2001:db8:bb::1' }),
    );
    expect(proxied.headers.getSetCookie()[0]).toMatch(/; Secure$/);
  });

  it('adds Retry-After to better-auth’s own 429', async () => {
    let last: Response | undefined;
    for (let i = 0; i <= 30; i++) {
      last = await handleAuthRequest(
        signInRequest('http://localhost:3000', `nobody-${i}@bureau.example`, { 'x-forwarded-for': '2001:db8:cc::1' }),
      );
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    // 31 sign-ins, each hashing a password on purpose (scrypt): seconds on a busy 2-core machine.
  }, 30_000);

  it('refuses a host that is not loopback unless BETTER_AUTH_URL says so', async () => {
    const response = await handleAuthRequest(
      signInRequest('http://example.org', 'staff@bureau.example', { 'x-forwarded-for': '2001:db8:dd::1' }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'AUTH_NOT_CONFIGURED' });
  });
});

describe('currentActor', () => {
  it('is null without a session, the actor with one, null again once the account is disabled', async () => {
    expect(await currentActor(new Headers())).toBeNull();
    const response = await handleAuthRequest(
      signInRequest('http://localhost:3000', 'staff@bureau.example', { 'x-forwarded-for': '2001:db8:ee::1' }),
    );
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const headers = new Headers({ cookie, host: 'localhost:3000' });
    expect(await currentActor(headers)).toMatchObject({ name: '王工', email: 'staff@bureau.example', role: 'staff' });
    expect(await currentActor(new Headers({ cookie }))).toMatchObject({ role: 'staff' }); // no host header: still found

    const { user } = await import('@/db/schema');
    getDb().update(user).set({ banned: true }).run();
    expect(await currentActor(headers)).toBeNull();
  });
});
