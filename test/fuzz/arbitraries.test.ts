import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseArbitrary, percentEncode } from './arbitraries';
import { CATALOGUE, endpointId } from './catalogue';
import type { Fixtures } from './fixtures';
import { bodySize, describeCase, renderBody } from './fuzz-case';

const fixtures: Fixtures = {
  sites: ['zhengzhou-no2-grinding-wheel-factory'],
  buildings: [
    { site: 'zhengzhou-no2-grinding-wheel-factory', slug: 'office-building', id: 1 },
    { site: 'zhengzhou-no2-grinding-wheel-factory', slug: 'emery-warehouse', id: 5 },
  ],
  projects: ['ersha-office-building-restoration'],
  organisations: ['state-council', 'zhengzhou-cultural-heritage-bureau'],
  designations: [1, 2],
  approvals: [1],
  milestones: [1, 2, 3],
  inspections: [4, 1, 2, 3],
  rectificationItems: [1, 2],
  documents: [1, 2],
  disposableUsers: ['u1'],
  expertEmails: ['a@fuzz.example', 'b@fuzz.example'],
};

const sample = (id: string, n: number, seed = 7) => {
  const e = CATALOGUE.find((x) => endpointId(x) === id);
  if (!e) throw new Error(id);
  return fc.sample(caseArbitrary(e, fixtures), { numRuns: n, seed });
};

describe('caseArbitrary', () => {
  it('makes requests node:http can send as they are: an ASCII path, header values without line breaks', () => {
    for (const e of CATALOGUE) {
      for (const c of fc.sample(caseArbitrary(e, fixtures), { numRuns: 40, seed: 3 })) {
        expect(c.path, endpointId(e)).toMatch(/^\/[\x21-\x7e]*$/);
        for (const [name, value] of Object.entries(c.headers)) expect(value, `${endpointId(e)} ${name}`).toMatch(/^[\t\x20-\x7e]*$/);
        expect(c.method).toBe(e.method);
      }
    }
  });

  it('is the same for the same seed, so a printed seed replays a run', () => {
    expect(sample('PATCH /api/v1/milestones/{id}', 30, 11)).toEqual(sample('PATCH /api/v1/milestones/{id}', 30, 11));
  });

  it('knows the size of a body without rendering it twice', () => {
    for (const c of sample('PUT /api/v1/inspections/{id}/verdict', 300))
      expect(bodySize(c.body), c.mutation).toBe(renderBody(c.body)?.length ?? 0);
  });

  it('tries every kind of hostile JSON body, bodies over the limit among them', () => {
    const cases = sample('POST /api/v1/sites', 1500);
    const kinds = new Set(cases.map((c) => c.mutation.split(/[ :·]/)[0]));
    for (const kind of ['valid', 'field', 'missing', 'extra', 'dates', 'huge', 'deep', 'invalid', 'wrong', 'not', 'empty'])
      expect(kinds).toContain(kind);
    expect(cases.some((c) => bodySize(c.body) > 1024 * 1024)).toBe(true);
    expect(cases.some((c) => c.caller === 'forged' && c.headers.cookie?.startsWith('better-auth.session_token='))).toBe(true);
    expect(cases.some((c) => c.headers.origin === 'https://evil.example')).toBe(true);
  });

  it('names fixture records in a valid path, and hostile segments otherwise', () => {
    const cases = sample('PATCH /api/v1/sites/{slug}/buildings/{building}', 400);
    const valid = cases.filter((c) => c.pathValid);
    expect(valid.length).toBeGreaterThan(50);
    for (const c of valid)
      expect(c.path).toMatch(/^\/api\/v1\/sites\/zhengzhou-no2-grinding-wheel-factory\/buildings\/(office-building|emery-warehouse)$/);
    expect(cases.some((c) => /%zz|%C0%AF|%00|\.\.%2F/.test(c.path))).toBe(true);
    expect(cases.some((c) => c.path.length > 5000)).toBe(true);
  });

  it('sends search queries with FTS5 and SQL syntax, bad numbers and repeated or malformed parameters', () => {
    const paths = sample('GET /api/v1/search', 600).map((c) => c.path);
    expect(paths.some((p) => p.includes('q=NEAR%28'))).toBe(true);
    expect(paths.some((p) => p.includes('%27%20OR%201%3D1'))).toBe(true);
    expect(paths.some((p) => /limit=(-|99999999999999999999)/.test(p))).toBe(true);
    expect(paths.some((p) => /&%(?:zz|$)|q=%FF/.test(p))).toBe(true);
  });

  it('makes uploads with files of every kind, some mangled', () => {
    const cases = sample('POST /api/v1/documents', 800);
    const files = new Set(
      cases.flatMap((c) => (c.body?.kind === 'multipart' ? c.body.spec.parts.flatMap((p) => ('file' in p ? [p.file] : [])) : [])),
    );
    for (const kind of ['png', 'pdf', 'random', 'html', 'png-huge-dimensions']) expect(files).toContain(kind);
    expect(cases.some((c) => c.body?.kind === 'multipart' && c.body.spec.mangle !== 'none')).toBe(true);
  });

  it('describes a request so a person can retype it', () => {
    const [c] = sample('PATCH /api/v1/milestones/{id}', 1);
    expect(describeCase(c as never)).toMatch(/^ {2}PATCH \/api\/v1\/milestones\/\S+\n/);
  });
});

describe('percentEncode', () => {
  it('encodes every byte but the unreserved ones, a lone surrogate as U+FFFD', () => {
    expect(percentEncode('a b/é')).toBe('a%20b%2F%C3%A9');
    expect(percentEncode('\ud800')).toBe('%EF%BF%BD');
  });
});
