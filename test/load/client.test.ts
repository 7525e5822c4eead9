import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './client';
import { startReads } from './reads';
import { Stats } from './stats';

/** A stand-in server: each path answers in its own way, with a request id as the real one sends. */
let server: http.Server;
let baseUrl: string;
const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  let n = 0;
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body });
      res.setHeader('x-request-id', `req-${++n}`);
      if (req.url === '/ok') return res.end(JSON.stringify({ version: 7 }));
      if (req.url === '/broken') {
        res.statusCode = 500;
        return res.end(JSON.stringify({ title: 'Internal Server Error' }));
      }
      if (req.url === '/missing') {
        res.statusCode = 404;
        return res.end('not here');
      }
      // /hang: never answers
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('Client', () => {
  it('sends JSON with the session and the own Origin, and reads the answer and its request id', async () => {
    const stats = new Stats();
    const answer = await new Client(baseUrl, stats, new AbortController().signal, 'session=abc').send('k', 'PATCH', '/ok', {
      note: '备注',
    });
    expect(answer).toMatchObject({ status: 200, requestId: expect.stringMatching(/^req-/), body: { version: 7 } });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'PATCH', body: '{"note":"备注"}' });
    expect(request?.headers).toMatchObject({ cookie: 'session=abc', origin: baseUrl, 'content-type': 'application/json' });
    expect(stats.incidents).toEqual([]);
  });

  it('keeps a 5xx with its path and request id, and counts a request left unanswered as a timeout', async () => {
    const stats = new Stats();
    const client = new Client(baseUrl, stats, new AbortController().signal, null, 300);
    const broken = await client.send('k', 'POST', '/broken', { raw: '{' });
    const hung = await client.send('k', 'GET', '/hang');
    expect(broken.status).toBe(500);
    expect(seen.at(-2)?.body).toBe('{');
    expect(hung).toMatchObject({ status: 0, requestId: null, error: 'no answer within 0.3 s' });
    expect(stats.incidents).toMatchObject([
      { kind: 'k', method: 'POST', path: '/broken', status: 500, requestId: broken.requestId },
      { kind: 'k', method: 'GET', path: '/hang', status: 0, detail: 'no answer within 0.3 s' },
    ]);
    expect(stats.rows(1)[0]).toMatchObject({ requests: 2, statuses: { 500: 1 }, timeouts: 1, errors: 0 });
  });

  it('counts a refused connection as a connection error', async () => {
    const stats = new Stats();
    const answer = await new Client('http://127.0.0.1:1', stats, new AbortController().signal, null).send('k', 'GET', '/');
    expect(answer.status).toBe(0);
    expect(stats.rows(1)[0]).toMatchObject({ errors: 1, timeouts: 0 });
  });
});

describe('startReads', () => {
  it('checks every answer against its kind’s status and names the path and request id of each wrong one', async () => {
    const stats = new Stats();
    await startReads(baseUrl, 'page', ['/ok', '/missing'], 2, 1, 200, stats).done;
    const [row] = stats.rows(1);
    expect(row?.kind).toBe('page');
    expect(row?.statuses['200']).toBeGreaterThan(10);
    expect(row?.statuses['404']).toBeGreaterThan(10);
    expect(stats.incidentCount).toBe(row?.statuses['404']);
    expect(stats.incidents[0]).toMatchObject({ kind: 'page', method: 'GET', path: '/missing', status: 404, detail: 'not here' });
    expect(stats.incidents[0]?.requestId).toMatch(/^req-/);
  });
});
