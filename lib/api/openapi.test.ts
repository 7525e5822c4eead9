import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument as doc } from './openapi';

/** Every $ref in a value, wherever it sits. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [v] : refs(v)));
  }
  return [];
}

/** The document's schemas as one JSON Schema whose refs zod can follow. */
function zodFor(schemaName: string) {
  const rewrite = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('#/components/schemas/', '#/$defs/'));
  return z.fromJSONSchema({ $defs: rewrite(doc.components.schemas), $ref: `#/$defs/${schemaName}` });
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/sites',
        '/api/v1/sites/{slug}',
        '/api/v1/projects/{slug}',
        '/api/v1/search',
        '/api/v1/projects.csv',
        '/feed.xml',
        '/calendar.ics',
        '/api/v1/openapi.json',
      ].sort(),
    );
  });

  it('gives every operation a unique id, a 200 response and a problem+json error', () => {
    const ids = Object.values(doc.paths).map((p) => p.get.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, { get }] of Object.entries(doc.paths)) {
      expect(get.responses['200'], path).toBeDefined();
      for (const [status, response] of Object.entries(get.responses)) {
        expect(response.description, `${path} ${status}`).toBeTruthy();
        if (status !== '200') expect(Object.keys(response.content ?? {}), `${path} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });

  it('declares each path parameter, required, with an example to call it with', () => {
    for (const [path, { get }] of Object.entries(doc.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (get.parameters ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), path).toEqual(inPath.sort());
      for (const p of declared) {
        expect(p.required, `${path} ${p.name}`).toBe(true);
        expect(p.example, `${path} ${p.name}`).toBeTruthy();
      }
    }
  });

  it('resolves every $ref to a schema it holds', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      const name = ref.replace('#/components/schemas/', '');
      expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });

  it('has schemas a validator can use, which accept a real record and refuse a wrong one', () => {
    const project = zodFor('ProjectSummary');
    expect(
      project.safeParse({ slug: 'x', title: { zh: '工程', en: null }, category: 'repair', status: 'accepted', buildings: [] }).success,
    ).toBe(true);
    expect(
      project.safeParse({ slug: 'x', title: { zh: '工程', en: null }, category: 'repair', status: 'done', buildings: [] }).success,
    ).toBe(false);
    expect(
      project.safeParse({ slug: 'x', title: { zh: '工程', en: null }, category: null, status: 'accepted', buildings: [] }).success,
    ).toBe(true);
    expect(project.safeParse({ slug: 'x', title: { zh: '工程', en: null }, category: null, status: 'accepted' }).success).toBe(false);
    for (const name of Object.keys(doc.components.schemas)) expect(() => zodFor(name), name).not.toThrow();
  });
});
