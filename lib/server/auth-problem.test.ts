import { describe, expect, it } from 'vitest';
import { authProblem } from './auth-problem';

/** Found by the fuzzer (npm run test:fuzz): sign-in refusals were better-auth's `{ code, message }`, without a request id. */
describe('authProblem', () => {
  it('turns a refusal into problem+json with its status, code, message and request id', async () => {
    const refused = Response.json(
      { code: 'TOO_MANY_ATTEMPTS', message: 'Too many sign-in attempts for this account.' },
      { status: 429, headers: { 'retry-after': '42', 'set-cookie': 'a=b' } },
    );
    const answer = await authProblem(refused, 'req-1');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.headers.get('retry-after')).toBe('42');
    expect(answer.headers.get('x-request-id')).toBe('req-1');
    expect(await answer.json()).toEqual({
      type: '/problems/auth-too-many-attempts',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Too many sign-in attempts for this account.',
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many sign-in attempts for this account.',
      requestId: 'req-1',
    });
  });

  it('gives a refusal without a JSON body a problem of its status', async () => {
    const answer = await authProblem(new Response(null, { status: 404 }), 'req-2');
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Not Found', requestId: 'req-2' });
  });

  it('leaves a success as it is', async () => {
    const ok = Response.json({ token: 't' }, { headers: { 'set-cookie': 'session=1' } });
    const answer = await authProblem(ok, 'req-3');
    expect(answer).toBe(ok);
  });
});
