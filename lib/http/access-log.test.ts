import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { logWhenAnswered } from './access-log';

const lines: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
const server = http.createServer((req, res) => {
  logWhenAnswered(logger, req, res, `id-${req.url}`);
  if (req.url === '/fail') res.statusCode = 500;
  if (req.url === '/hang') return; // never answered: the client gives up
  res.end('ok');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => server.close());

describe('logWhenAnswered', () => {
  it('writes one line per answer with its request id, method, path and status; errors as errors', async () => {
    await fetch(`${base}/sites?q=1`);
    await fetch(`${base}/fail`);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 30, reqId: 'id-/sites?q=1', req: { method: 'GET', url: '/sites?q=1' }, res: { statusCode: 200 } }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, reqId: 'id-/fail', res: { statusCode: 500 } }));
  });

  it('says when the client went away before the answer', async () => {
    await fetch(`${base}/hang`, { signal: AbortSignal.timeout(200) }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, reqId: 'id-/hang', msg: expect.stringContaining('aborted') }));
  });
});
