import { describe, expect, it, vi } from 'vitest';
import { InvalidInputError } from './errors';
import { log } from './log';
import { problemResponse } from './problem';

describe('problemResponse', () => {
  it('answers an unexpected error with the request id only, and logs the details with it', async () => {
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const error = new Error('SQLITE_ERROR: no such column: secret at /srv/app/lib/server/x.ts:12');
    const response = problemResponse(error, 'req-1');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-request-id')).toBe('req-1');
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side.',
      requestId: 'req-1',
    });
    expect(body).not.toMatch(/SQLITE|secret|\/srv|\.ts/);
    expect(logged).toHaveBeenCalledWith({ reqId: 'req-1', err: error }, expect.any(String));
    logged.mockRestore();
  });

  it('names the field and the rule of a typed error, with the request id', async () => {
    const response = problemResponse(new InvalidInputError('名称不能为空。', { name: ['名称：不能为空'] }), 'req-2');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: '/problems/invalid-input',
      errors: { name: ['名称：不能为空'] },
      requestId: 'req-2',
    });
  });
});
