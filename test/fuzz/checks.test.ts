import { describe, expect, it } from 'vitest';
import type { Endpoint } from './catalogue';
import { type Answer, type CheckContext, checkAnswer, expectedStatuses, JSON_LIMIT } from './checks';
import type { FuzzCase } from './fuzz-case';

const endpoint: Endpoint = { method: 'PATCH', path: '/api/v1/milestones/{id}', file: 'x', body: 'json', params: { id: 'milestone' } };
const request = (over: Partial<FuzzCase> = {}): FuzzCase => ({
  endpoint: 'PATCH /api/v1/milestones/{id}',
  caller: 'staff',
  method: 'PATCH',
  path: '/api/v1/milestones/3',
  headers: { 'content-type': 'application/json' },
  body: { kind: 'text', text: '{"version":1}' },
  mutation: 'valid',
  pathValid: true,
  ...over,
});
const problem = (status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/problem+json', 'x-request-id': 'id-1', ...headers },
  body: Buffer.from(JSON.stringify({ type: '/problems/x', title: 'X', status, requestId: 'id-1', ...extra })),
});
const ok = (body: string, type = 'application/json'): Answer => ({
  status: 200,
  headers: { 'content-type': type, 'x-request-id': 'id-1' },
  body: Buffer.from(body),
});
const context: CheckContext = { serverPaths: ['/srv/heritage'], wasSent: () => false };
const check = (c: FuzzCase, a: Answer, ctx = context) => checkAnswer(c, endpoint, a, ctx);

describe('checkAnswer', () => {
  it('passes a right refusal and a plain success', () => {
    expect(check(request(), problem(400))).toEqual([]);
    expect(check(request(), ok('{"milestone":{}}'))).toEqual([]);
  });

  it('fails a 5xx, a dropped connection and an answer without a request id', () => {
    expect(check(request(), problem(500))).toContain('answered 500');
    expect(check(request(), { status: 0, headers: {}, body: Buffer.alloc(0), error: 'socket hang up' })).toEqual([
      'no answer: socket hang up',
    ]);
    expect(check(request(), { ...ok('{}'), headers: { 'content-type': 'application/json' } })).toContain('no x-request-id header');
  });

  it('fails a refusal that is not problem+json, or whose status or request id does not match', () => {
    expect(
      check(request(), {
        status: 404,
        headers: { 'content-type': 'text/html', 'x-request-id': 'id-1' },
        body: Buffer.from('<html>'),
      }).join(),
    ).toMatch(/not application\/problem\+json.*not JSON/);
    expect(check(request(), problem(400, { status: 422 })).join()).toMatch(/problem.status 422 ≠ HTTP 400/);
    expect(check(request(), problem(400, { requestId: 'other' })).join()).toMatch(/problem.requestId "other" ≠ x-request-id "id-1"/);
    expect(check(request(), problem(429)).join()).toMatch(/429 without Retry-After/);
    expect(check(request(), problem(429, {}, { 'retry-after': '30' }))).toEqual([]);
    expect(check(request({ headers: { 'x-request-id': 'id-1' } }), problem(400)).join()).toMatch(/one the client chose/);
  });

  it('finds stack traces, database errors, SQL and server paths, unless the request sent them itself', () => {
    const leak = (detail: string, c = request()) => check(c, problem(400, { detail }));
    expect(leak('Error: x\n    at updateMilestone (/srv/app/lib/server/services/milestones.ts:10:5)').join()).toMatch(/a stack frame/);
    expect(leak('SQLITE_CONSTRAINT_UNIQUE').join()).toMatch(/SQLite error code/);
    expect(leak('Failed query: select "id" from "milestones"').join()).toMatch(/database error/);
    expect(leak('select "id", "slug" from "sites" where "slug" = ?').join()).toMatch(/SQL/);
    expect(leak('see /srv/heritage/data/heritage.db').join()).toMatch(/server path/);
    expect(leak('fts5: syntax error near "NEAR"').join()).toMatch(/database error/);
    // An echo of what was sent, in this request or stored by an earlier one, is not a leak.
    const sql = "1' UNION SELECT password FROM account --";
    expect(leak(`No project "${sql}" is published here.`, request({ path: `/api/v1/projects/${encodeURIComponent(sql)}` }))).toEqual([]);
    // Even when a malformed escape elsewhere in the URL keeps the whole from decoding.
    expect(leak(`{"query":"${sql}"}`, request({ method: 'GET', path: `/api/v1/search?q=${encodeURIComponent(sql)}&%` }))).toEqual([]);
    expect(check(request(), ok(`{"name":"${sql}"}`), { ...context, wasSent: (t) => sql.toLowerCase().includes(t.toLowerCase()) })).toEqual(
      [],
    );
    expect(check(request(), ok(`{"name":"${sql}"}`)).join()).toMatch(/SQL/);
  });

  it('does not read binary bodies for leaks', () => {
    expect(check(request({ method: 'GET' }), ok('SQLITE_ERROR at x (/a.js:1:2)', 'application/pdf'))).toEqual([]);
  });
});

describe('expectedStatuses', () => {
  const huge = request({ body: { kind: 'huge', text: '{"note":"@@HUGE@@"}', unit: 'a', count: JSON_LIMIT } });
  it('wants a body over the limit refused unread: 413, or 404 for a path that names nothing', () => {
    expect(check(huge, problem(413))).toEqual([]);
    expect(check(huge, problem(400)).join()).toMatch(/over 1048576 bytes must be refused unread/);
    // The server refuses a malformed path (400) before any body is read; a well-formed path gets no such leave.
    expect(check({ ...huge, pathValid: false, path: '/api/v1/milestones/%zz' }, problem(400))).toEqual([]);
    expect(check({ ...huge, pathValid: false, path: '/api/v1/milestones/nope' }, problem(400)).join()).toMatch(/refused unread/);
    expect(check({ ...huge, pathValid: false }, problem(404))).toEqual([]);
    expect(
      check(request({ body: { kind: 'huge', text: '{"note":"@@HUGE@@"}', unit: 'a', count: JSON_LIMIT - 20 } }), problem(400)),
    ).toEqual([]);
  });

  it('wants bytes that are not UTF-8 refused, never stored', () => {
    const bad = request({ body: { kind: 'text', text: '{"note":"ab"}', splice: { at: 10, bytes: [0xc0, 0xaf] } } });
    expect(check(bad, problem(400))).toEqual([]);
    expect(check(bad, ok('{}')).join()).toMatch(/not UTF-8 must be refused/);
  });

  it('wants a write from another site refused with 403, and lets reads through', () => {
    expect(check(request({ headers: { origin: 'https://evil.example' } }), ok('{}')).join()).toMatch(/another site/);
    expect(check(request({ headers: { 'sec-fetch-site': 'cross-site' } }), problem(403))).toEqual([]);
    expect(check(request({ headers: { origin: '@self' } }), ok('{}'))).toEqual([]);
    // A path no route answers is the router's: 404, or a redirect to the path without its dot segments.
    expect(check(request({ headers: { origin: 'https://evil.example' }, pathValid: false }), problem(404))).toEqual([]);
    expect(expectedStatuses(request({ method: 'GET', headers: { origin: 'https://evil.example' } }), endpoint)).toBeNull();
  });

  it('wants an upload over 20 MB refused', () => {
    const upload = request({
      method: 'POST',
      body: {
        kind: 'multipart',
        spec: { boundary: 'b', mangle: 'none', parts: [{ name: 'file', filename: 'a.pdf', file: 'oversize', seed: 1 }] },
      },
    });
    expect(expectedStatuses(upload, { ...endpoint, body: 'multipart' })?.statuses.has(413)).toBe(true);
    expect(expectedStatuses(upload, { ...endpoint, body: 'multipart' })?.statuses.has(201)).toBe(false);
  });
});
