import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEnvironment, TEST_AUTH_SECRET } from '@/test/auth-environment';

// The server's auth opens DATABASE_PATH on first use: throwaway values before the import.
const environment = authEnvironment('auth-route');
const { POST } = await import('./route');
const { getDb } = await import('@/db/client');
const { createAuth } = await import('@/lib/auth/create-auth');

const PASSWORD = 'correct horse battery staple';
let address = 0;

function signIn(body: BodyInit, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      // An address per attempt: the per-address limit is not what these tests are about.
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `2001:db8:ee::${++address}`, 'x-request-id': 'req-9', ...headers },
      body,
    }),
  );
}

beforeAll(async () => {
  const cli = createAuth({ db: getDb(), secret: TEST_AUTH_SECRET, baseURL: 'http://localhost' });
  await cli.api.createUser({ body: { email: 'route@bureau.example', name: '赵工', password: PASSWORD, role: 'staff' } });
});
afterAll(() => environment.restore());

/** Found by the fuzzer (npm run test:fuzz): the auth endpoints answered refusals in better-auth's own shape, read bodies of any size, and let Sec-Fetch-Site: cross-site through. */
describe('/api/auth/*', () => {
  it('answers a refused sign-in as problem+json with the request id, keeping better-auth’s code', async () => {
    const answer = await signIn(JSON.stringify({ email: 'route@bureau.example', password: 'not the password' }));
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ status: 401, code: 'INVALID_EMAIL_OR_PASSWORD', requestId: 'req-9' });
  });

  it('refuses a body over 1 MiB (413) and a write from another site (403)', async () => {
    const huge = await signIn(JSON.stringify({ email: 'route@bureau.example', password: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ status: 413, type: '/problems/payload-too-large', requestId: 'req-9' });
    const crossSite = await signIn(JSON.stringify({ email: 'route@bureau.example', password: PASSWORD }), {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ type: '/problems/cross-origin', requestId: 'req-9' });
  });

  it('still signs in with the right password', async () => {
    const answer = await signIn(JSON.stringify({ email: 'route@bureau.example', password: PASSWORD }), { origin: 'http://localhost:3000' });
    expect(answer.status).toBe(200);
    expect(answer.headers.getSetCookie()[0]).toMatch(/^better-auth\.session_token=/);
  });
});
