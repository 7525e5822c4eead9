/**
 * Which inline scripts of an HTML page may run. Next puts its data and its chunk list in inline
 * scripts; a policy of 'unsafe-inline' would let any injected <script> run with them. Instead each
 * answer's policy lists the sha256 of the framework's own inline scripts, recognised by their exact
 * shape: a call that pushes one JSON value. Anything else inline (an injected script, whatever it
 * says) gets no hash, so the browser refuses it.
 */
import { createHash } from 'node:crypto';

/** The only inline scripts Next 16 writes into our pages (checked by lib/http/inline-scripts.test.ts). */
const FRAMEWORK_PUSHES: readonly { prefix: string; suffix: string }[] = [
  { prefix: 'self.__next_f.push(', suffix: ')' },
  { prefix: '(self.__next_f=self.__next_f||[]).push(', suffix: ')' },
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: ');' },
];

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\bsrc\s*=/i;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** A push of exactly one JSON value: the argument parses as JSON, so nothing else can ride along. */
export function isFrameworkScript(source: string): boolean {
  return FRAMEWORK_PUSHES.some(({ prefix, suffix }) => {
    if (!source.startsWith(prefix) || !source.endsWith(suffix)) return false;
    try {
      JSON.parse(source.slice(prefix.length, source.length - suffix.length));
      return true;
    } catch {
      return false;
    }
  });
}

export interface InlineScripts {
  /** CSP source expressions ('sha256-…') of the framework's scripts, once each. */
  hashes: string[];
  /** The first characters of every other executable inline script: refused, and worth a log line. */
  refused: string[];
}

export function inlineScripts(html: string): InlineScripts {
  const hashes = new Set<string>();
  const refused: string[] = [];
  for (const [, attributes = '', source = ''] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    // JSON-LD and other data blocks are never run, so they need no hash.
    const type = (TYPE.exec(attributes)?.[1] ?? '').toLowerCase();
    if (!JAVASCRIPT_TYPES.has(type)) continue;
    if (isFrameworkScript(source)) hashes.add(`'sha256-${createHash('sha256').update(source).digest('base64')}'`);
    else refused.push(source.slice(0, 80));
  }
  return { hashes: [...hashes], refused };
}
