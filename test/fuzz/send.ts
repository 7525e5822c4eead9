/**
 * Sends a FuzzCase byte for byte over node:http (fetch would normalise the path, refuse bad header
 * values and re-encode bodies), and reads the whole answer, decoded from its Content-Encoding. A
 * dropped connection or a silence past the timeout is an answer too: the failure the checks report.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import type { Answer } from './checks';
import { type FuzzCase, renderBody } from './fuzz-case';

export interface Target {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The Cookie header of each signed-in role. */
  sessions: Record<'admin' | 'staff' | 'expert', string>;
  /** The version of a record now, for `@version(table)` placeholders (from the fingerprint connection). */
  version(table: string, id: number): number | null;
}

const TIMEOUT_MS = 30_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** The headers as sent: `@self` becomes the server's origin, a signed-in caller's cookie is added. */
export function wireHeaders(c: FuzzCase, target: Target, length: number | null): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(c.headers)) headers[name] = value.replaceAll('@self', target.url);
  if (c.caller === 'admin' || c.caller === 'staff' || c.caller === 'expert') headers.cookie = target.sessions[c.caller];
  if (length !== null) headers['content-length'] = String(length);
  return headers;
}

/** The body with `@version(table)` replaced by the current version of the record the path names. */
export function resolveVersions(body: Buffer, c: FuzzCase, target: Target): Buffer {
  if (c.body?.kind !== 'text' || !body.includes('"@version(')) return body;
  return Buffer.from(
    body.toString('latin1').replace(/"@version\((\w+)\)"/g, (marker, table: string) => {
      const version = c.recordId === undefined ? null : target.version(table, c.recordId);
      return version === null ? marker : String(version);
    }),
    'latin1',
  );
}

function decode(encoding: string | undefined, raw: Buffer): Buffer {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(raw);
    if (encoding === 'br') return zlib.brotliDecompressSync(raw);
    if (encoding === 'deflate') return zlib.inflateSync(raw);
  } catch {
    return raw;
  }
  return raw;
}

function once(c: FuzzCase, target: Target, body: Buffer | null): Promise<Answer & { reused: boolean }> {
  return new Promise((resolve) => {
    const url = new URL(target.url);
    const request = http.request({
      host: url.hostname,
      port: url.port,
      method: c.method,
      path: c.path,
      headers: wireHeaders(c, target, body ? body.length : null),
      agent,
    });
    const fail = (error: string) => resolve({ status: 0, headers: {}, body: Buffer.alloc(0), error, reused: request.reusedSocket });
    request.setTimeout(TIMEOUT_MS, () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) => fail(error.message));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => fail(`the answer broke off: ${error.message}`));
      response.on('aborted', () => fail('the answer broke off'));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: decode(response.headers['content-encoding'], Buffer.concat(chunks)),
          reused: request.reusedSocket,
        }),
      );
    });
    request.end(body ?? undefined);
  });
}

/**
 * Sends the case and waits for its whole answer. A reset on a reused keep-alive socket is retried
 * once on a new one, as Node's documentation advises: the server may close an idle socket just as
 * a request starts on it, which says nothing about the request.
 */
export async function send(c: FuzzCase, target: Target): Promise<Answer> {
  const rendered = renderBody(c.body);
  const body = rendered && resolveVersions(rendered, c, target);
  const first = await once(c, target, body);
  if (first.error && first.reused && /ECONNRESET|socket hang up/.test(first.error)) return once(c, target, body);
  return first;
}

export function closeConnections(): void {
  agent.destroy();
}
