/**
 * Holds an HTML answer back until its last byte, then sends it with a Content-Security-Policy
 * naming the hashes of its framework scripts (lib/http/inline-scripts.ts). The hashes can only be
 * known from the finished page, and a page cached whole is the same bytes for every reader, so
 * this keeps public pages static and cacheable where a per-request nonce would render each one
 * anew. Other answers pass through untouched, streamed as Next writes them.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { type InlineScripts, inlineScripts } from './inline-scripts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './security-headers';

type Callback = (error?: Error | null) => void;

function isHtml(contentType: ReturnType<ServerResponse['getHeader']>): boolean {
  return typeof contentType === 'string' && contentType.toLowerCase().startsWith('text/html');
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding);
}

/**
 * A page served from Next's cache is the same bytes, with the same ETag (Next's hash of the body),
 * for every reader: its scripts are read once, not per request (reading a project page's costs
 * about 0.2 ms, a sixth of serving it). A stale entry cannot widen the policy: it holds the hashes
 * of some real page's framework scripts, and a page whose scripts are not among them just fails closed.
 */
const SCRIPTS_BY_ETAG_MAX = 2000;
const scriptsByEtag = new Map<string, InlineScripts>();

function scriptsOf(body: Buffer, etag: ReturnType<ServerResponse['getHeader']>): InlineScripts {
  if (typeof etag !== 'string') return inlineScripts(body.toString('utf8'));
  const key = `${etag}:${body.length}`;
  let found = scriptsByEtag.get(key);
  if (found) {
    scriptsByEtag.delete(key); // most recently used last, so the oldest goes first
  } else {
    found = inlineScripts(body.toString('utf8'));
    if (scriptsByEtag.size >= SCRIPTS_BY_ETAG_MAX) scriptsByEtag.delete(scriptsByEtag.keys().next().value as string);
  }
  scriptsByEtag.set(key, found);
  return found;
}

export function holdHtmlForScriptPolicy(res: ServerResponse, https: boolean, onRefused: (excerpts: string[]) => void): void {
  const { write, end, writeHead, flushHeaders } = res;
  const chunks: Buffer[] = [];
  let holding: boolean | undefined;
  const decided = () => {
    holding ??= isHtml(res.getHeader('content-type'));
    return holding;
  };
  // Once the page is complete its head goes out (Node writes it through writeHead on the first byte).
  let released = false;

  // An explicit writeHead would send the headers at once; applied as setHeader calls instead, they
  // go out with the first byte, after the policy is known.
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | string[] | undefined;
    const message = rest.find((arg) => typeof arg === 'string') as string | undefined;
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i] as string, headers[i + 1] as string);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    if (released || !decided()) return Reflect.apply(writeHead, this, message ? [status, message] : [status]);
    res.statusCode = status;
    if (message) res.statusMessage = message;
    return res;
  } as ServerResponse['writeHead'];

  res.flushHeaders = function (this: ServerResponse) {
    if (released || !decided()) flushHeaders.call(this);
  };

  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!decided()) return Reflect.apply(write, this, [chunk, encoding, callback]);
    const cb = (typeof encoding === 'function' ? encoding : callback) as Callback | undefined;
    chunks.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    if (cb) process.nextTick(cb);
    return true;
  } as ServerResponse['write'];

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (!decided()) return Reflect.apply(end, this, [chunk, encoding, callback]);
    const cb = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as Callback | undefined;
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    }
    const body = Buffer.concat(chunks);
    if (res.statusCode === 304) {
      // A 304's headers replace the cached page's: a policy without the page's hashes would break it.
      res.removeHeader(CONTENT_SECURITY_POLICY);
    } else {
      const { hashes, refused } = scriptsOf(body, res.getHeader('etag'));
      res.setHeader(CONTENT_SECURITY_POLICY, contentSecurityPolicy(hashes, https));
      if (refused.length > 0) onRefused(refused);
    }
    released = true;
    return Reflect.apply(end, this, cb ? [body, cb] : [body]);
  } as ServerResponse['end'];
}
