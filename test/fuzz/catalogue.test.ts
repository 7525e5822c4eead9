import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, endpointId } from './catalogue';
import { exportedMethods, listRouteFiles, routePattern } from './routes';

const root = path.resolve(__dirname, '..', '..');
const routes = listRouteFiles(root);

describe('the fuzz catalogue', () => {
  it('covers every method of every route file under app/', () => {
    const missing = routes.flatMap((r) =>
      r.methods.filter((m) => !CATALOGUE.some((e) => e.file === r.file && e.method === m)).map((m) => `${m} ${r.file}`),
    );
    expect(missing, 'add these to test/fuzz/catalogue.ts').toEqual([]);
  });

  it('names only route files and methods that exist (or may yet), with paths their files answer', () => {
    for (const e of CATALOGUE) {
      const route = routes.find((r) => r.file === e.file);
      if (!route) {
        expect(e.whenPresent, `${endpointId(e)}: no ${e.file}`).toBe(true);
        continue;
      }
      expect(route.methods, endpointId(e)).toContain(e.method);
      expect(e.path.replace(/\{\w+\}/g, 'x'), endpointId(e)).toMatch(route.pattern);
      for (const name of e.path.match(/\{(\w+)\}/g) ?? []) expect(e.params, `${endpointId(e)}: ${name}`).toHaveProperty(name.slice(1, -1));
    }
  });

  it('lists each endpoint once, and every JSON write with a valid-shaped body', () => {
    const ids = CATALOGUE.map(endpointId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of CATALOGUE) if (e.body === 'json' || e.body === 'optional-json') expect(e.valid, endpointId(e)).toBeTypeOf('function');
  });
});

describe('route discovery', () => {
  it('reads the methods a route module exports, in each way it may', () => {
    expect(exportedMethods('export function GET() {}\nexport async function POST() {}')).toEqual(['GET', 'POST']);
    expect(exportedMethods('export const { GET, POST } = toNextJsHandler(x);')).toEqual(['GET', 'POST']);
    expect(exportedMethods('export const PATCH = handler;\nexport const DELETE = handler;')).toEqual(['PATCH', 'DELETE']);
    expect(exportedMethods('export function helper() {}\nexport const revalidate = 0;')).toEqual([]);
  });

  it('turns folders into URL patterns', () => {
    expect(routePattern('app/api/v1/sites/[slug]/route.ts').test('/api/v1/sites/ersha')).toBe(true);
    expect(routePattern('app/api/v1/sites/[slug]/route.ts').test('/api/v1/sites/a/b')).toBe(false);
    expect(routePattern('app/api/auth/[...all]/route.ts').test('/api/auth/sign-in/email')).toBe(true);
    expect(routePattern('app/files/[id]/[[...variant]]/route.ts').test('/files/3')).toBe(true);
    expect(routePattern('app/files/[id]/[[...variant]]/route.ts').test('/files/3/thumb')).toBe(true);
    expect(routePattern('app/(group)/feed.xml/route.ts').test('/feed.xml')).toBe(true);
    expect(routePattern('app/(group)/feed.xml/route.ts').test('/feedxxml')).toBe(false);
  });

  it('finds the route files the app has', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.every((r) => fs.existsSync(path.join(root, r.file)))).toBe(true);
    expect(routes.find((r) => r.file === 'app/api/v1/sites/route.ts')?.methods).toEqual(['GET', 'POST']);
  });
});
