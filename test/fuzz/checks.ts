/**
 * What every answer must be, whatever was asked: never a 5xx or a dropped connection; a refusal is
 * problem+json that carries its status and the request id; no stack trace, SQL or server path in any
 * body; a body over the limit is refused with 413 unread; text that is not UTF-8 is refused; a write
 * from another site is refused. Pure functions: the runner sends, these judge.
 */
import type { Endpoint } from './catalogue';
import { bodySize, type FuzzCase, renderBody } from './fuzz-case';
import { type FilePart, largestFile, type MultipartSpec, UPLOAD_LIMIT } from './multipart';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body, already decoded from its Content-Encoding. */
  body: Buffer;
  /** Set when there was no complete answer: the connection was dropped or timed out. */
  error?: string;
}

export interface CheckContext {
  /** Absolute paths of the server (its directory, the database's folder) that must never show. */
  serverPaths: string[];
  /** True when the text was sent by the fuzzer itself (in this request or stored by an earlier one): an echo, not a leak. */
  wasSent(text: string): boolean;
}

/** The JSON body limit of the route wrapper (lib/server/route.ts). */
export const JSON_LIMIT = 1024 * 1024;

const header = (a: Answer, name: string) => {
  const v = a.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** Leaks: a stack frame, a database error or SQL as the server writes it, the server's files. */
const LEAKS: { what: string; pattern: RegExp }[] = [
  { what: 'a stack frame', pattern: /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:\/\/|node:|webpack|[A-Za-z]:\\)[^\s)'"]*:\d+:\d+\)?/ },
  { what: 'a SQLite error code', pattern: /SQLITE_[A-Z_]+/ },
  {
    what: 'a database error',
    pattern: /SqliteError|Failed query|no such (?:table|column)|fts5: |unrecognized token|near "[^"]*": syntax error/i,
  },
  { what: 'SQL', pattern: /\b(?:select\b[\s\S]{1,200}?\bfrom|insert\s+into|update\s+"?\w+"?\s+set|delete\s+from)\s+["`]?\w+/i },
  { what: 'a module path', pattern: /node_modules[/\\]|\.next[/\\]server|webpack-internal:/ },
];

const TEXTUAL = /^(?:text\/|application\/(?:[\w.+-]*json|xml|atom\+xml|javascript)|$)/i;

function leaks(c: FuzzCase, a: Answer, ctx: CheckContext): string[] {
  const type = header(a, 'content-type') ?? '';
  if (!TEXTUAL.test(type.split(';')[0]?.trim() ?? '')) return [];
  const text = readable(a.body.toString('utf8'));
  const found: string[] = [];
  for (const { what, pattern } of LEAKS) {
    const match = pattern.exec(text)?.[0];
    if (match && !ctx.wasSent(match) && !sentIn(c, match)) found.push(`the body shows ${what}: ${JSON.stringify(match.slice(0, 120))}`);
  }
  for (const serverPath of ctx.serverPaths) {
    // A short one ("/app") would be found in any URL; the folders this runs in are longer.
    if (serverPath.length >= 8 && text.includes(serverPath)) found.push(`the body shows a server path: ${serverPath}`);
  }
  return found;
}

/** The text, and for JSON also its strings unescaped: a leak inside a JSON string has its quotes escaped. */
function readable(text: string): string {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') for (const child of Object.values(v)) walk(child);
  };
  try {
    walk(JSON.parse(text));
  } catch {
    return text;
  }
  return [text, ...strings].join('\n');
}

/** %-escapes decoded as a server decodes them, one run of bytes at a time, so a malformed escape elsewhere in the URL does not hide the rest; `+` in a query is a space. */
export function lenientDecode(url: string): string {
  return url.replace(/\+/g, ' ').replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}

/** Whether the request itself carried this text (its path, decoded or not, or its body). */
function sentIn(c: FuzzCase, text: string): boolean {
  const needle = text.toLowerCase();
  if (c.path.toLowerCase().includes(needle) || lenientDecode(c.path).toLowerCase().includes(needle)) return true;
  if (!c.body || c.body.kind === 'multipart') return false;
  const body = c.body.kind === 'text' ? c.body.text : (renderBody(c.body)?.toString('utf8') ?? '');
  return body.toLowerCase().includes(needle) || unescapeJson(body).toLowerCase().includes(needle);
}

const unescapeJson = (text: string) => text.replace(/\\(["\\/])/g, '$1');

/** Whether the path (not the query) holds a %-escape that does not decode. */
export function malformedPath(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return false;
  } catch {
    return true;
  }
}

/** A request that changes something (the API's writes) rather than reads. */
export const isWrite = (c: Pick<FuzzCase, 'method'>) => !['GET', 'HEAD', 'OPTIONS'].includes(c.method);

/** Sent from another site: an Origin that is not the server's own, or the browser saying so. */
export function isCrossSite(c: FuzzCase): boolean {
  const origin = c.headers.origin;
  return (origin !== undefined && origin !== '@self') || c.headers['sec-fetch-site'] === 'cross-site';
}

/** One file, over the limit, in an upload that is otherwise well-formed: refused for its size, whatever else is wrong with the fields. */
function oversizeUpload(spec: MultipartSpec): boolean {
  const files = spec.parts.filter((p): p is FilePart => 'file' in p);
  const [only] = files;
  return (
    files.length === 1 && only?.name === 'file' && only.filename !== undefined && spec.mangle === 'none' && largestFile(spec) > UPLOAD_LIMIT
  );
}

/** The statuses that say a request was refused before its body was looked at. */
const UNREAD = new Set([401, 403, 413, 415, 429]);

/** What this request must get, beyond the rules for every answer; null when anything valid will do. */
export function expectedStatuses(c: FuzzCase, e: Endpoint): { statuses: Set<number>; why: string } | null {
  // A path that names no record may be answered before the body is looked at: 404; by the router a 308 to the
  // path without its dot segments (`%2e%2e`) or a 405 when that path's route has no such method; by the server
  // a 400 when the path holds a malformed %-escape. Either way nothing is read or written.
  const notFound = c.pathValid ? [] : [404, 308, 405, ...(malformedPath(c.path) ? [400] : [])];
  if (isWrite(c) && isCrossSite(c)) {
    return { statuses: new Set([403, ...notFound]), why: 'a write from another site must be refused (403)' };
  }
  if (c.body?.kind === 'multipart' && oversizeUpload(c.body.spec)) {
    return { statuses: new Set([...UNREAD, ...notFound]), why: `a file over ${UPLOAD_LIMIT} bytes must be refused unread (413)` };
  }
  if (e.body === 'json' || e.body === 'optional-json') {
    if (bodySize(c.body) > JSON_LIMIT) {
      return { statuses: new Set([...UNREAD, ...notFound]), why: `a JSON body over ${JSON_LIMIT} bytes must be refused unread (413)` };
    }
    if (c.body?.kind === 'text' && c.body.splice) {
      return { statuses: new Set([...UNREAD, 400, ...notFound]), why: 'a body that is not UTF-8 must be refused (400)' };
    }
  }
  return null;
}

/** Everything wrong with one answer to one request; empty when it is right. */
export function checkAnswer(c: FuzzCase, e: Endpoint, a: Answer, ctx: CheckContext): string[] {
  if (a.error) return [`no answer: ${a.error}`];
  const problems: string[] = [];
  if (a.status >= 500) problems.push(`answered ${a.status}`);
  const requestId = header(a, 'x-request-id');
  if (!requestId) problems.push('no x-request-id header');
  else if (requestId === c.headers['x-request-id']) problems.push('the x-request-id is the one the client chose');

  if (a.status >= 400) {
    const type = header(a, 'content-type') ?? '(none)';
    if (!/^application\/problem\+json\b/i.test(type)) problems.push(`a ${a.status} as ${type}, not application/problem+json`);
    let problem: Record<string, unknown> | null = null;
    try {
      problem = JSON.parse(a.body.toString('utf8')) as Record<string, unknown>;
    } catch {
      problems.push(`a ${a.status} whose body is not JSON: ${JSON.stringify(a.body.toString('utf8').slice(0, 120))}`);
    }
    if (problem) {
      if (problem.status !== a.status) problems.push(`problem.status ${JSON.stringify(problem.status)} ≠ HTTP ${a.status}`);
      if (typeof problem.title !== 'string' || typeof problem.type !== 'string') problems.push('problem without type or title');
      if (problem.requestId !== requestId)
        problems.push(`problem.requestId ${JSON.stringify(problem.requestId)} ≠ x-request-id ${JSON.stringify(requestId)}`);
    }
  }
  if (a.status === 429 && !header(a, 'retry-after')) problems.push('a 429 without Retry-After');

  const expected = expectedStatuses(c, e);
  if (expected && !expected.statuses.has(a.status)) {
    problems.push(`answered ${a.status}: ${expected.why}; allowed ${[...expected.statuses].sort().join(', ')}`);
  }
  problems.push(...leaks(c, a, ctx));
  return problems;
}
