/**
 * The route handlers the app has, read from the file tree under app/: each route.ts with the HTTP
 * methods it exports, and the pattern of the URLs it answers. The catalogue is checked against this,
 * so a new route file or method that nobody fuzzes fails a test instead of going unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RouteFile {
  /** Relative to the project root, with forward slashes: app/api/v1/sites/[slug]/route.ts */
  file: string;
  methods: string[];
  /** Matches the paths (without the query) this file answers. */
  pattern: RegExp;
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The methods a route module exports: `export function GET`, `export async function POST`, `export const { GET, POST } = …`, `export const GET = …`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(m[1] as string);
  for (const m of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) found.add(m[1] as string);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) {
    for (const name of (m[1] as string).split(',')) found.add(name.split(':').pop()?.trim() ?? '');
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

/** The URL pattern of a route folder: route groups vanish, [x] is one segment, [...x] one or more, [[...x]] zero or more. */
export function routePattern(file: string): RegExp {
  const segments = path.posix.dirname(file).split('/').slice(1);
  let source = '';
  for (const segment of segments) {
    if (/^\(.*\)$/.test(segment)) continue;
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) source += '(?:/[^/]+)*';
    else if (/^\[\.\.\..+\]$/.test(segment)) source += '(?:/[^/]+)+';
    else if (/^\[.+\]$/.test(segment)) source += '/[^/]+';
    else source += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  }
  return new RegExp(`^${source || '/'}$`);
}

function walk(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name === 'route.ts' || entry.name === 'route.tsx') out.push(full);
  }
  return out;
}

/** Every route handler file under `root`/app. */
export function listRouteFiles(root: string): RouteFile[] {
  return walk(path.join(root, 'app'), [])
    .map((full) => path.relative(root, full).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ file, methods: exportedMethods(fs.readFileSync(path.join(root, file), 'utf8')), pattern: routePattern(file) }));
}
