/**
 * Which methods each API address answers, read from the route files themselves (their exported
 * GET, POST, …) when the server starts. Next answers a method a route does not export with a bare
 * 405; HTTP requires it to say what is allowed (RFC 9110 §15.5.6), and the API answers every
 * refusal as problem+json, so the server answers those itself.
 */
import fs from 'node:fs';
import path from 'node:path';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const EXPORTED = new RegExp(`export\\s+(?:async\\s+function|function|const|let)\\s+(${METHODS.join('|')})\\b`, 'g');

export interface ApiRoute {
  pattern: RegExp;
  /** Higher wins when several routes match: Next prefers static segments, then [param], then [...rest]. */
  rank: number[];
  methods: string[];
}

function segmentPattern(segment: string): { source: string; rank: number } {
  if (/^\[\[\.\.\..+\]\]$/.test(segment)) return { source: '(?:/.+)?', rank: 0 };
  if (/^\[\.\.\..+\]$/.test(segment)) return { source: '/.+', rank: 1 };
  if (/^\[.+\]$/.test(segment)) return { source: '/[^/]+', rank: 2 };
  return { source: `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, rank: 3 };
}

/** Every route.ts under app/api, as an address pattern and its methods (HEAD with GET, OPTIONS always: Next adds them). */
export function scanApiRoutes(appDir = path.join(process.cwd(), 'app')): ApiRoute[] {
  const root = path.join(appDir, 'api');
  if (!fs.existsSync(root)) return [];
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => path.basename(file) === 'route.ts');
  return files.map((file) => {
    const segments = [
      'api',
      ...path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s && s !== '.'),
    ].filter((s) => !/^\(.+\)$/.test(s));
    const parts = segments.map(segmentPattern);
    const exported = new Set([...fs.readFileSync(path.join(root, file), 'utf8').matchAll(EXPORTED)].map((m) => m[1] as string));
    if (exported.has('GET')) exported.add('HEAD');
    exported.add('OPTIONS');
    return {
      pattern: new RegExp(`^${parts.map((p) => p.source).join('')}/?$`),
      rank: parts.map((p) => p.rank),
      methods: METHODS.filter((method) => exported.has(method)),
    };
  });
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The methods of the route that answers this path, or null when no API route does. */
export function allowedMethods(routes: readonly ApiRoute[], pathname: string): string[] | null {
  let best: ApiRoute | null = null;
  for (const route of routes) {
    if (route.pattern.test(pathname) && (!best || compareRanks(route.rank, best.rank) > 0)) best = route;
  }
  return best?.methods ?? null;
}

export function methodNotAllowedProblem(method: string, allowed: readonly string[], reqId: string): string {
  return JSON.stringify({
    type: '/problems/method-not-allowed',
    title: 'Method not allowed',
    status: 405,
    detail: `此地址不接受 ${method} 请求；可用：${allowed.join(', ')}。`,
    requestId: reqId,
  });
}
