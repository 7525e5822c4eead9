import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, apiFetch } from './fetcher';

function answer(status: number, body: string, type = 'application/json') {
  return vi.fn(async () => new Response(body, { status, headers: { 'content-type': type } }));
}

describe('apiFetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the parsed body of a 2xx answer and sends json as JSON', async () => {
    const fetch = answer(201, '{"milestone":{"id":1},"warnings":[]}');
    vi.stubGlobal('fetch', fetch);
    const result = await apiFetch('/api/v1/projects/p/milestones', { method: 'POST', json: { kind: 'archived' } });
    expect(result).toEqual({ milestone: { id: 1 }, warnings: [] });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('{"kind":"archived"}');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('throws a typed problem carrying detail, field errors and the current record on a 409', async () => {
    const current = { id: 7, version: 3 };
    const body = { type: '/problems/stale-version', title: 'Changed', status: 409, detail: '已被他人修改', current };
    vi.stubGlobal('fetch', answer(409, JSON.stringify(body), 'application/problem+json'));
    const error = await apiFetch('/api/v1/milestones/7', { method: 'PATCH', json: { version: 2 } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 409, detail: '已被他人修改', current, isConflict: true, errors: {} });
  });

  it('keeps per-field messages of a 422', async () => {
    const body = { status: 422, detail: '中期检查…之间', errors: { actual: ['中期检查…之间'] } };
    vi.stubGlobal('fetch', answer(422, JSON.stringify(body), 'application/problem+json'));
    const error = (await apiFetch('/x').catch((e) => e)) as ApiProblem;
    expect(error.errors.actual).toEqual(['中期检查…之间']);
    expect(error.isConflict).toBe(false);
  });

  it('says plainly when the answer is not JSON or never came', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>Bad gateway</html>', 'text/html'));
    await expect(apiFetch('/x')).rejects.toMatchObject({ status: 502, detail: expect.stringContaining('HTTP 502') });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(apiFetch('/x')).rejects.toMatchObject({ status: 0, detail: expect.stringContaining('无法连接服务器') });
  });
});
