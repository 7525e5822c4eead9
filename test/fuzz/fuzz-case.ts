/**
 * One generated request, as plain data: what arbitraries.ts makes, what the runner sends, what a
 * failure prints. Bodies are descriptions rendered to bytes only when sent (renderBody), so a shrunk
 * counterexample reads as what it is ("deep JSON, 5,000 levels") rather than as megabytes.
 */
import type { MultipartSpec } from './multipart';
import { renderMultipart } from './multipart';

/** Who sends it: a signed-in role, nobody, or a made-up session cookie (in `headers.cookie`). */
export type Caller = 'anonymous' | 'admin' | 'staff' | 'expert' | 'forged';

export type Body =
  /** UTF-8 text, with `splice` bytes (not UTF-8) inserted at code-unit offset `at` when given. */
  | { kind: 'text'; text: string; splice?: { at: number; bytes: number[] } }
  /** `count` repetitions of `unit` where the text has the marker HUGE_MARKER (a string value). */
  | { kind: 'huge'; text: string; unit: string; count: number }
  /** `depth` nested openings of `open` and their closings, where the text has DEEP_MARKER (a value). */
  | { kind: 'deep'; text: string; open: '[' | '{"a":'; depth: number }
  | { kind: 'multipart'; spec: MultipartSpec };

export const HUGE_MARKER = '@@HUGE@@';
export const DEEP_MARKER = '@@DEEP@@';

export interface FuzzCase {
  /** The catalogue entry, `METHOD /path/{param}`. */
  endpoint: string;
  caller: Caller;
  method: string;
  /** Path and query exactly as sent (percent-encoded by the generator, malformed escapes included). */
  path: string;
  /** Headers besides the session cookie of a signed-in caller; `@self` in a value is the server's origin. */
  headers: Record<string, string>;
  body: Body | null;
  /** What was done to the request, for the tallies and the failure report. */
  mutation: string;
  /** Every path parameter names a record of the fixtures (so "not found" is not the expected answer). */
  pathValid: boolean;
  /** The record the path's `id` names, for a `@version(…)` placeholder. */
  recordId?: number;
}

/** The bytes of a body as they go on the wire. */
export function renderBody(body: Body | null): Buffer | null {
  if (!body) return null;
  switch (body.kind) {
    case 'text': {
      if (!body.splice) return Buffer.from(body.text, 'utf8');
      const at = Math.min(body.splice.at, body.text.length);
      return Buffer.concat([
        Buffer.from(body.text.slice(0, at), 'utf8'),
        Buffer.from(body.splice.bytes),
        Buffer.from(body.text.slice(at), 'utf8'),
      ]);
    }
    case 'huge':
      return Buffer.from(
        body.text.replace(`"${HUGE_MARKER}"`, () => JSON.stringify(body.unit.repeat(body.count))),
        'utf8',
      );
    case 'deep': {
      const close = body.open === '[' ? ']' : '}';
      return Buffer.from(
        body.text.replace(`"${DEEP_MARKER}"`, () => `${body.open.repeat(body.depth)}1${close.repeat(body.depth)}`),
        'utf8',
      );
    }
    case 'multipart':
      return renderMultipart(body.spec);
  }
}

/** The size a body will have on the wire, without rendering a multi-megabyte one twice. */
export function bodySize(body: Body | null): number {
  if (!body) return 0;
  switch (body.kind) {
    case 'huge': {
      const unit = Buffer.byteLength(JSON.stringify(body.unit)) - 2;
      return Buffer.byteLength(body.text) - Buffer.byteLength(`"${HUGE_MARKER}"`) + 2 + unit * body.count;
    }
    case 'deep':
      return Buffer.byteLength(body.text) - Buffer.byteLength(`"${DEEP_MARKER}"`) + body.depth * (body.open.length + 1) + 1;
    default:
      return renderBody(body)?.length ?? 0;
  }
}

const EXCERPT = 300;

/** A body for a person: its start, its size, and what was made of it. */
export function describeBody(body: Body | null): string {
  if (!body) return '(none)';
  const size = `${bodySize(body).toLocaleString('en')} bytes`;
  const cut = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT)}… (${s.length.toLocaleString('en')} chars)` : s);
  switch (body.kind) {
    case 'text':
      return `${size}: ${JSON.stringify(cut(body.text))}${body.splice ? ` with bytes [${body.splice.bytes.map((b) => `0x${b.toString(16)}`).join(' ')}] (not UTF-8) at offset ${body.splice.at}` : ''}`;
    case 'huge':
      return `${size}: ${JSON.stringify(cut(body.text))} where ${HUGE_MARKER} is ${JSON.stringify(body.unit)} × ${body.count.toLocaleString('en')}`;
    case 'deep':
      return `${size}: ${JSON.stringify(cut(body.text))} where ${DEEP_MARKER} is ${body.open} nested ${body.depth.toLocaleString('en')} deep`;
    case 'multipart':
      return `${size}: multipart ${JSON.stringify(body.spec, (_k, v) => (typeof v === 'string' ? cut(v) : v))}`;
  }
}

/** The request as a person would retype it: method, path, headers, body excerpt. */
export function describeCase(c: FuzzCase): string {
  const headers = Object.entries(c.headers)
    .map(([name, value]) => `    ${name}: ${value.length > EXCERPT ? `${value.slice(0, EXCERPT)}… (${value.length} chars)` : value}`)
    .join('\n');
  return [
    `  ${c.method} ${c.path.length > 2000 ? `${c.path.slice(0, 2000)}… (${c.path.length} chars)` : c.path}`,
    `    (as ${c.caller === 'forged' ? 'a forged session cookie' : c.caller === 'anonymous' ? 'anonymous' : `the signed-in ${c.caller}`}; ${c.mutation})`,
    ...(headers ? [headers] : []),
    `    body: ${describeBody(c.body)}`,
  ].join('\n');
}
