import http from 'node:http';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { createUser, freshAddress, PASSWORD } from './accounts';

/**
 * Sign-in rate limits against the real server (lib/auth/sign-in-limits.ts): 5 attempts a minute
 * per account whatever the address, 30 a minute per address whatever the account; then 429 with
 * Retry-After, even for the right password, until the window has passed. Every test uses
 * accounts and addresses of its own (X-Forwarded-For, as a proxy in front sends it), so no other
 * spec is ever locked out.
 */
const PER_ACCOUNT = 5;
const PER_ADDRESS = 30;
const WINDOW_SECONDS = 60;

test.beforeEach(() => {
  test.skip(test.info().project.name !== 'staff-desktop', 'limits do not depend on the screen');
});

const contexts: APIRequestContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.dispose()));
});

async function from(baseURL: string, address = freshAddress()): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } });
  contexts.push(context);
  return context;
}

const signIn = (api: APIRequestContext, email: string, password = PASSWORD, path = '/api/auth/sign-in/email') =>
  api.post(path, { data: { email, password } });

function expectRetryAfter(response: { headers(): Record<string, string> }) {
  const seconds = Number(response.headers()['retry-after']);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(WINDOW_SECONDS);
  return seconds;
}

test('an account: 5 failures from 5 addresses, then 429 for the right password too, under any spelling, until the window passes', async ({
  baseURL,
}) => {
  test.setTimeout(150_000);
  const base = baseURL as string;
  const target = createUser('staff');
  const bystander = createUser('staff');
  const addresses = Array.from({ length: PER_ACCOUNT }, () => freshAddress());
  for (const [attempt, address] of addresses.entries()) {
    expect((await signIn(await from(base, address), target.email, `wrong password ${attempt}!!`)).status()).toBe(401);
  }
  const refused = await signIn(await from(base), target.email);
  expect(refused.status()).toBe(429);
  const wait = expectRetryAfter(refused);
  expect(refused.headers()['set-cookie']).toBeUndefined();

  // The same account however the address is written: the count is kept per account, not per spelling.
  for (const spelling of [target.email.toUpperCase(), `  ${target.email}  `, target.email.replace(/^./, (c) => c.toUpperCase())]) {
    expect((await signIn(await from(base), spelling)).status(), JSON.stringify(spelling)).toBe(429);
  }
  // Another account, from an address that just failed on the first: untouched.
  expect((await signIn(await from(base, addresses[0] as string), bystander.email)).status()).toBe(200);

  // Refused attempts are not counted: once Retry-After has passed, the right password works.
  await new Promise((resolve) => setTimeout(resolve, (wait + 1) * 1000));
  const after = await signIn(await from(base), target.email);
  expect(after.status(), await after.text()).toBe(200);
  expect(after.headers()['set-cookie']).toContain('better-auth.session_token=');
});

test('parallel guesses at one account cannot slip past the count: exactly 5 reach the password check', async ({ baseURL }) => {
  const { email } = createUser('expert');
  const clients = await Promise.all(Array.from({ length: 20 }, () => from(baseURL as string)));
  const statuses = (await Promise.all(clients.map((c, i) => signIn(c, email, `parallel guess ${i}!!`)))).map((r) => r.status());
  expect(statuses.filter((s) => s === 401)).toHaveLength(PER_ACCOUNT);
  expect(statuses.filter((s) => s === 429)).toHaveLength(20 - PER_ACCOUNT);
});

test('an address: 30 attempts, then 429 for any account and any spelling of the path; another address and the account are unaffected', async ({
  baseURL,
}) => {
  const base = baseURL as string;
  const real = createUser('staff');
  const address = freshAddress();
  const api = await from(base, address);
  for (let attempt = 1; attempt <= PER_ADDRESS; attempt++) {
    expect((await signIn(api, `nobody-${attempt}-${Date.now()}@bureau.example`)).status()).toBe(401);
  }
  const refused = await signIn(api, real.email);
  expect(refused.status()).toBe(429);
  expectRetryAfter(refused);

  // No other spelling of the path buys this address another guess: it is refused, or reaches no endpoint.
  for (const path of [
    '/api/auth/sign-in/email/',
    '/api/auth/sign-in/email?again=1',
    '/api/auth//sign-in/email',
    '/api/auth/sign-in//email',
    '/api/auth/./sign-in/email',
    '/api/auth/sign-in/email%2F',
    '/api/auth/Sign-In/Email',
  ]) {
    const response = await signIn(api, real.email, PASSWORD, path);
    expect([401, 200], `${path} reached the password check (${response.status()})`).not.toContain(response.status());
    expect(response.headers()['set-cookie'] ?? '', path).not.toContain('better-auth.session_token=');
  }

  // The refusals were the address's: the account itself was never counted.
  expect((await signIn(await from(base), real.email)).status()).toBe(200);
  expect((await signIn(await from(base), `nobody-else-${Date.now()}@bureau.example`)).status()).toBe(401);
});

/**
 * A sign-in straight from a local address other than 127.0.0.1 (so not a trusted proxy): a client
 * that reaches the server directly, saying what X-Forwarded-For it likes.
 */
function signInDirectly(baseURL: string, localAddress: string, email: string, forged?: string): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  const body = JSON.stringify({ email, password: 'not the password, long enough' });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port,
        localAddress,
        method: 'POST',
        path: '/api/auth/sign-in/email',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(forged ? { 'x-forwarded-for': forged } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode as number));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('a client that connects directly is limited by its own address: a forged X-Forwarded-For buys no guesses, and others are unaffected', async ({
  baseURL,
}) => {
  // Two loopback addresses that are not 127.0.0.1 stand for two people on the Internet reaching the server directly.
  const [noisy, quiet] = ['127.0.0.2', '127.0.0.3'];
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= PER_ADDRESS + 1; attempt++) {
    // A forged address on every other attempt, none on the rest.
    const forged = attempt % 2 ? freshAddress() : undefined;
    statuses.push(await signInDirectly(baseURL as string, noisy, `direct-${attempt}-${Date.now()}@bureau.example`, forged));
  }
  expect(statuses.slice(0, PER_ADDRESS)).toEqual(Array(PER_ADDRESS).fill(401));
  expect(statuses.at(-1)).toBe(429);
  // Whoever else connects directly must still get to try: else 30 bad guesses a minute lock everyone out.
  expect(await signInDirectly(baseURL as string, quiet, `direct-other-${Date.now()}@bureau.example`)).toBe(401);
});
