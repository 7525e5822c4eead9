import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Outside Next there is no request scope for connection() to mark: the route is called directly.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));

// The route's session lookup opens DATABASE_PATH on first use: a throwaway file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-disable-route-'));
const saved = { DATABASE_PATH: process.env.DATABASE_PATH, BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET };
process.env.DATABASE_PATH = path.join(dir, 'heritage.db');
process.env.BETTER_AUTH_SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const { POST } = await import('./route');

afterAll(() => {
  const globals = globalThis as { heritageDb?: unknown; heritageAuth?: unknown };
  delete globals.heritageAuth;
  delete globals.heritageDb;
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const params = { params: Promise.resolve({ id: 'someone' }) };
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/v1/users/someone/disable', {
      method: 'POST',
      body,
      headers: { 'x-request-id': 'req-1', ...headers },
    }),
    params,
  );

/** Found by the fuzzer (npm run test:fuzz): this route read its optional body by itself, without the JSON body limit, type or UTF-8 checks. */
describe('POST /api/v1/users/{id}/disable', () => {
  it('refuses a body over 1 MiB unread (413)', async () => {
    const answer = await post(JSON.stringify({ reason: 'x'.repeat(2 * 1024 * 1024) }), { 'content-type': 'application/json' });
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ status: 413, requestId: 'req-1' });
  });

  it('refuses a body that is not declared JSON (415) or not UTF-8 (400)', async () => {
    expect((await post('{"reason":"x"}', { 'content-type': 'text/plain' })).status).toBe(415);
    const bytes = new Uint8Array([...Buffer.from('{"reason":"'), 0xc0, 0xaf, ...Buffer.from('"}')]);
    expect((await post(bytes, { 'content-type': 'application/json' })).status).toBe(400);
  });

  it('takes no body at all as {} and goes on to authorize (401 for nobody)', async () => {
    const answer = await post(null, { 'content-length': '0' });
    expect(answer.status).toBe(401);
  });
});
