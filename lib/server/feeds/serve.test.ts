import { describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../errors';
import { serveFile } from './serve';

// Outside a request, Next's connection() has no request to wait for.
vi.mock('next/server', () => ({ connection: async () => undefined }));

const request = (id?: string) => new Request('http://localhost/calendar.ics', { headers: id ? { 'x-request-id': id } : {} });

describe('serveFile', () => {
  it('answers with the request id the server gave the request, as its log lines carry it', async () => {
    const response = await serveFile(request('req-feed-1'), 'text/calendar; charset=utf-8', async () => 'BEGIN:VCALENDAR\r\n');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-feed-1');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('names the same id in a problem body and its header (it was a fresh one, unknown to the log)', async () => {
    const response = await serveFile(request('req-feed-2'), 'text/calendar; charset=utf-8', async () => {
      throw new NotFoundError('project', 'no-such-project');
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('req-feed-2');
    expect((await response.json()).requestId).toBe('req-feed-2');
  });

  it('makes up an id when no server gave one (next dev)', async () => {
    const response = await serveFile(request(), 'text/csv', async () => 'a,b\r\n');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
