import { describe, expect, it, vi } from 'vitest';

// Outside Next there is no request scope for connection() to mark: the route is called directly.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));
const { GET, POST } = await import('./route');

/** Found by the fuzzer (npm run test:fuzz): an /api/ path no route answers got Next's HTML 404 page. */
describe('an /api/ address no route answers', () => {
  it('is a problem+json 404 with the request id, for a read and a write', async () => {
    for (const handler of [GET, POST]) {
      const answer = await handler(new Request('http://localhost/api/v1/nothing', { headers: { 'x-request-id': 'req-5' } }));
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(await answer.json()).toMatchObject({ type: '/problems/not-found', status: 404, requestId: 'req-5' });
    }
  });
});
