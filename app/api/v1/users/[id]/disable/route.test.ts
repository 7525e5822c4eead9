import { afterAll, describe, expect, it, vi } from 'vitest';
import { authEnvironment } from '@/test/auth-environment';

// Outside Next there is no request scope for connection() to mark: the route is called directly.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));

// The server's auth opens DATABASE_PATH on first use: throwaway values before the import.
const environment = authEnvironment('disable-route');
const { POST } = await import('./route');

afterAll(() => environment.restore());

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
