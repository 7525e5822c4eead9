import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowedMethods, scanApiRoutes } from './api-methods';

const app = fs.mkdtempSync(path.join(os.tmpdir(), 'api-methods-'));
function route(dir: string, source: string) {
  fs.mkdirSync(path.join(app, dir), { recursive: true });
  fs.writeFileSync(path.join(app, dir, 'route.ts'), source);
}
route('api/v1/sites', 'export function GET() {}\nexport async function POST() {}');
route('api/v1/sites/[slug]', 'export function GET() {}\nexport function PATCH() {}');
route('api/v1/inspections/[id]/assessments/me', 'export function PUT() {}');
route('api/auth/[...all]', 'const handler = () => {};\nexport const GET = handler;\nexport const POST = handler;');
route('api/[...path]', 'export const GET = f;\nexport const POST = f;\nexport const DELETE = f;');
afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

describe('allowedMethods', () => {
  const routes = scanApiRoutes(app);

  it('reads the methods a route file exports, with HEAD and OPTIONS as Next adds them', () => {
    expect(allowedMethods(routes, '/api/v1/sites')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS']);
    expect(allowedMethods(routes, '/api/v1/inspections/7/assessments/me')).toEqual(['PUT', 'OPTIONS']);
    expect(allowedMethods(routes, '/api/auth/sign-in/email')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS']);
  });

  it('picks the route Next picks: static segments before parameters before catch-alls', () => {
    expect(allowedMethods(routes, '/api/v1/sites/ersha')).toEqual(['GET', 'HEAD', 'PATCH', 'OPTIONS']);
    expect(allowedMethods(routes, '/api/v1/sites/')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS']);
    expect(allowedMethods(routes, '/api/v1/no-such-endpoint')).toEqual(['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS']);
  });

  it('knows no route outside the API', () => {
    expect(allowedMethods(routes, '/sites/ersha')).toBeNull();
  });

  it('reads this app’s own routes', () => {
    const ours = scanApiRoutes();
    expect(allowedMethods(ours, '/api/v1/milestones/1')).not.toContain('GET');
    expect(allowedMethods(ours, '/api/health')).toContain('GET');
  });
});
