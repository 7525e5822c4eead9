import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import compression from 'compression';
import { afterEach, describe, expect, it } from 'vitest';
import { holdHtmlForScriptPolicy } from './html-script-policy';

const PAGE_SCRIPT = 'self.__next_f.push([1,"x"])';
let server: http.Server | undefined;

afterEach(() => server?.close());

/** A server stacked as scripts/serve.ts stacks it: compression outside, the policy inside. */
async function serve(respond: (res: ServerResponse) => void): Promise<string> {
  const compress = compression();
  const started = http.createServer((req, res) => {
    compress(req as never, res as never, () => {
      holdHtmlForScriptPolicy(res, false, () => {});
      respond(res);
    });
  });
  server = started;
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(started.address() as AddressInfo).port}/`;
}

/** Writes as Next's pipeToNodeResponse does: headers flushed before the first chunk, flush() after each. */
function streamLikeNext(res: ServerResponse, type: string, chunks: string[]) {
  res.setHeader('content-type', type);
  res.statusCode = 200;
  res.flushHeaders();
  for (const chunk of chunks) {
    res.write(chunk);
    (res as ServerResponse & { flush?: () => void }).flush?.();
  }
  setTimeout(() => res.end(), 5);
}

describe('holdHtmlForScriptPolicy', () => {
  it('sends a streamed HTML page whole, compressed, with its scripts hashed in the policy', async () => {
    const url = await serve((res) =>
      streamLikeNext(res, 'text/html; charset=utf-8', ['<html><body>', `<script>${PAGE_SCRIPT}</script>`, '</body></html>']),
    );
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-");
    expect(await response.text()).toBe(`<html><body><script>${PAGE_SCRIPT}</script></body></html>`);
  });

  it('gives a page an explicit writeHead its status and headers', async () => {
    const url = await serve((res) => {
      res.writeHead(404, { 'content-type': 'text/html', 'x-extra': 'kept' });
      res.end('<p>gone</p>');
    });
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-extra')).toBe('kept');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(await response.text()).toBe('<p>gone</p>');
  });

  it('streams other answers untouched', async () => {
    const url = await serve((res) => streamLikeNext(res, 'application/json', ['{"a":', '1}']));
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('drops the policy from a 304, whose headers would replace the cached page’s', async () => {
    const url = await serve((res) => {
      res.setHeader('content-security-policy', "script-src 'self'");
      res.setHeader('content-type', 'text/html');
      res.statusCode = 304;
      res.end();
    });
    const response = await fetch(url);
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('compresses what it held', async () => {
    const big = `<html>${'<p>文物</p>'.repeat(2000)}</html>`;
    const url = await serve((res) => streamLikeNext(res, 'text/html', [big]));
    const raw = await new Promise<Buffer>((resolve) =>
      http.get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part) => parts.push(part));
        res.on('end', () => resolve(Buffer.concat(parts)));
      }),
    );
    expect(gunzipSync(raw).toString()).toBe(big);
  });
});
