/**
 * The generator of requests for one endpoint: who sends it, its path parameters (a fixture record or
 * a hostile segment), its query, its headers and its body (json-bodies.ts, or an upload). Everything
 * is plain data in a FuzzCase, so fast-check shrinks it and a failure prints it exactly.
 */
import fc from 'fast-check';
import { PROJECT_CATEGORIES, PROJECT_STATUSES, PROTECTION_LEVELS } from '../../lib/domain/codes';
import * as bodies from './bodies';
import { type Endpoint, endpointId, type ParamSource } from './catalogue';
import type { Fixtures } from './fixtures';
import type { Body, Caller, FuzzCase } from './fuzz-case';
import { type GeneratedBody, jsonBody } from './json-bodies';
import { FILE_KINDS, type FileKind, type FilePart, MANGLES, type Part } from './multipart';
import { CONTENT_TYPES, FTS_STRINGS, HOSTILE_STRINGS, NUMBER_LIKES, ODD_STRINGS, RAW_ID_SEGMENTS, SQL_STRINGS } from './values';

/** Percent-encodes every byte but the unreserved ones; a lone surrogate goes as U+FFFD, as a browser sends it. */
export function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

// ── Callers ──

const caller: fc.Arbitrary<Caller> = fc.oneof(
  { withCrossShrink: true },
  { weight: 3, arbitrary: fc.constant('admin' as const) },
  { weight: 3, arbitrary: fc.constant('staff' as const) },
  { weight: 3, arbitrary: fc.constant('expert' as const) },
  { weight: 2, arbitrary: fc.constant('anonymous' as const) },
  { weight: 1, arbitrary: fc.constant('forged' as const) },
);

/** A session cookie nobody was given: random, injected, over-long, or shaped like a signed token. */
const forgedToken = fc.oneof(
  pick([...SQL_STRINGS, ...ODD_STRINGS]),
  fc.stringMatching(/^[A-Za-z0-9]{32}\.[A-Za-z0-9%+/=]{20,60}$/),
  fc.integer({ min: 1, max: 4000 }).map((n) => 'A'.repeat(n)),
);

// ── Path parameters ──

const PARAM_LISTS: Record<ParamSource, (fx: Fixtures) => readonly string[]> = {
  site: (fx) => fx.sites,
  'building.site': (fx) => fx.buildings.map((b) => b.site),
  'building.slug': (fx) => fx.buildings.map((b) => b.slug),
  project: (fx) => fx.projects,
  organisation: (fx) => fx.organisations,
  designation: (fx) => fx.designations.map(String),
  approval: (fx) => fx.approvals.map(String),
  milestone: (fx) => fx.milestones.map(String),
  // The open inspection (the fuzzing expert chairs it) as often as all the locked ones together.
  inspection: (fx) => {
    const [open, ...locked] = fx.inspections.map(String);
    return open === undefined ? [] : [...locked, ...Array.from({ length: Math.max(1, locked.length) }, () => open)];
  },
  rectificationItem: (fx) => fx.rectificationItems.map(String),
  document: (fx) => fx.documents.map(String),
  user: (fx) => fx.disposableUsers,
  variant: () => ['thumb', '800', '1600'],
  unrouted: () => ['v1/nothing', 'v1', 'v2/sites', 'v1/sites/a/b/c/d', 'v1/projects/x/unknown', 'v1/%2e%2e/sites', 'auth/../v1/sites'],
};

/** A path segment that names no record, or that a router, a decoder or a query may choke on; as sent. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: pick(RAW_ID_SEGMENTS) },
  { weight: 4, arbitrary: pick(HOSTILE_STRINGS.filter((s) => s !== '')).map(percentEncode) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(percentEncode) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 10_000 }).map((n) => 'a'.repeat(n)) },
  { weight: 2, arbitrary: pick(['fz-nope', '999999', '2147483648', 'office-building', 'ERSHA', 'thumb', 'me']) },
);

interface ParamChoice {
  segments: Record<string, string>;
  valid: boolean;
  recordId?: number;
}

function params(e: Endpoint, fx: Fixtures): fc.Arbitrary<ParamChoice> {
  const names = Object.keys(e.params ?? {});
  if (!names.length) return fc.constant({ segments: {}, valid: true });
  const perName = Object.fromEntries(
    names.map((name) => [name, fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileSegment })]),
  );
  return fc.tuple(fc.nat(), fc.record(perName)).map(([n, chosen]) => {
    const segments: Record<string, string> = {};
    let valid = true;
    let recordId: number | undefined;
    for (const name of names) {
      const source = (e.params as Record<string, ParamSource>)[name] as ParamSource;
      const list = PARAM_LISTS[source](fx);
      const hostile = chosen[name] as string | null;
      if (source === 'unrouted') {
        // No record to name: the path is sent as it is, slashes and all.
        segments[name] = hostile ?? (list[n % list.length] as string);
        valid = false;
      } else if (hostile === null && list.length) {
        const value = list[n % list.length] as string;
        segments[name] = percentEncode(value);
        if (name === 'id' && /^\d+$/.test(value)) recordId = Number(value);
      } else {
        segments[name] = hostile ?? 'fz-nope';
        valid = false;
      }
    }
    return { segments, valid, recordId };
  });
}

// ── Queries ──

const numberish = fc.oneof(
  fc.integer({ min: -5, max: 60 }).map(String),
  pick(['0', '1000', '1001', '99999999999999999999', '1e3', '0x10', ' 5', '5 ', '5.5', '-0', '00010', 'Infinity', 'NaN', '', 'abc', '١٢']),
  pick(NUMBER_LIKES.map((v) => JSON.stringify(v) ?? '')),
);
const searchText = fc.oneof(
  { weight: 4, arbitrary: pick([...FTS_STRINGS, ...SQL_STRINGS]) },
  { weight: 2, arbitrary: pick(ODD_STRINGS) },
  { weight: 2, arbitrary: pick(['二砂', '验收', '办公楼', 'office', 'grinding wheel', '郑州第二砂轮厂', 'a', '二']) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 5_000 }).map((n) => '砂'.repeat(n)) },
  {
    weight: 2,
    arbitrary: fc
      .array(pick([...FTS_STRINGS, '二砂', 'office', 'AND', 'OR', 'NOT', '"', '*']), { minLength: 2, maxLength: 6 })
      .map((w) => w.join(' ')),
  },
);
const enumish = (values: readonly string[]) =>
  fc.oneof({ weight: 2, arbitrary: pick(values) }, { weight: 1, arbitrary: pick([...ODD_STRINGS, ...SQL_STRINGS]) });

const searchPair = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constant('q'), searchText) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('type'), enumish(['site', 'building', 'project', 'finding', 'milestone', 'document'])) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('level'), enumish(PROTECTION_LEVELS)) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('status'), enumish(PROJECT_STATUSES)) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('category'), enumish(PROJECT_CATEGORIES)) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('lang'), enumish(['zh', 'en', 'fr'])) },
  { weight: 2, arbitrary: fc.tuple(pick(['limit', 'offset']), numberish) },
  { weight: 1, arbitrary: fc.tuple(pick(['q[]', 'limit[]', '__proto__', 'constructor', '', 'Q', 'x']), pick(HOSTILE_STRINGS)) },
);

/** Query text that is not well-formed: a lone %, a bad escape, empty pairs. */
const rawQueryJunk = pick(['%', '%zz', '%E0%A4%A', '&&', '=', '==', '&=&', '%00', '+', 'q=%', 'limit=%', 'q=%FF', 'q', 'q=a&q=b&q=c']);

function queryString(pairs: fc.Arbitrary<[string, string][]>): fc.Arbitrary<{ query: string; label: string }> {
  return fc.tuple(pairs, fc.option(rawQueryJunk, { nil: undefined, freq: 4 })).map(([list, junk]) => {
    const parts = list.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`);
    if (junk !== undefined) parts.push(junk);
    return { query: parts.length ? `?${parts.join('&')}` : '', label: junk !== undefined ? 'malformed query' : 'query' };
  });
}

function query(e: Endpoint, fx: Fixtures): fc.Arbitrary<{ query: string; label: string }> {
  const projectish = fc.oneof(pick(fx.projects), pick(HOSTILE_STRINGS));
  switch (e.query) {
    case 'search':
      return queryString(fc.array(searchPair, { maxLength: 6 }));
    case 'documents':
      return queryString(
        fc.array(
          fc.oneof(
            fc.tuple(fc.constant('project'), projectish),
            fc.tuple(
              fc.constant('building'),
              fc.oneof(
                pick(fx.buildings.map((b) => `${b.site}/${b.slug}`)),
                pick(fx.buildings.map((b) => String(b.id))),
                pick(HOSTILE_STRINGS),
              ),
            ),
          ),
          { maxLength: 3 },
        ),
      );
    case 'calendar':
      return queryString(fc.array(fc.tuple(fc.constant('project'), projectish), { maxLength: 2 }));
    case 'any':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant({ query: '', label: 'no query' }) },
        { weight: 1, arbitrary: queryString(fc.array(searchPair, { maxLength: 3 })) },
      );
    default:
      return fc.constant({ query: '', label: 'no query' });
  }
}

// ── Headers ──

const IPV6 = fc
  .tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }))
  .map(([a, b]) => `2001:db8:${a.toString(16)}:${b.toString(16)}::1`);

/** Origin and fetch-metadata headers: none (curl, scripts), the server's own, or another site's. */
const originHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { withCrossShrink: true },
  { weight: 10, arbitrary: fc.constant({}) },
  { weight: 3, arbitrary: fc.constant({ origin: '@self' }) },
  { weight: 1, arbitrary: fc.constant({ origin: '@self', 'sec-fetch-site': 'same-origin' }) },
  { weight: 1, arbitrary: pick(['https://evil.example', 'null', 'http://127.0.0.1.evil.example']).map((origin) => ({ origin })) },
  { weight: 1, arbitrary: fc.constant({ 'sec-fetch-site': 'cross-site' }) },
);

/** Headers a client should not be able to use against us: a request id of its own, odd Accept, odd forwarding. */
const otherHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { withCrossShrink: true },
  { weight: 10, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constant({ 'x-request-id': 'client-chosen-id' }) },
  { weight: 1, arbitrary: pick(['application/xml', '*/*', 'text/html', '']).map((accept) => ({ accept })) },
  { weight: 1, arbitrary: pick(['', 'garbage', '1.1.1.1, 2.2.2.2', '::1', 'x'.repeat(2000)]).map((v) => ({ 'x-forwarded-for': v })) },
  { weight: 1, arbitrary: pick(['gzip', 'br', 'identity;q=0', 'x'.repeat(100)]).map((v) => ({ 'accept-encoding': v })) },
);

// ── Bodies ──

const jsonContentType = fc.oneof(
  { withCrossShrink: true },
  { weight: 10, arbitrary: fc.constant('application/json') },
  { weight: 2, arbitrary: pick(CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const fileName = fc.oneof(
  { weight: 4, arbitrary: pick(['photo.png', 'scan.pdf', '照片.jpg', 'IMG_0001.JPG']) },
  {
    weight: 3,
    arbitrary: pick([
      '../../etc/passwd',
      '..\\..\\x.png',
      'a\r\nContent-Type: text/html',
      'a\u0000.png',
      'x".png',
      '',
      '.htaccess',
      'index.html',
      'a.php.png',
      'CON.pdf',
    ]),
  },
  { weight: 1, arbitrary: fc.integer({ min: 256, max: 5000 }).map((n) => `${'名'.repeat(n)}.png`) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const fileKind: fc.Arbitrary<FileKind> = fc.oneof(
  { weight: 50, arbitrary: pick(['png', 'pdf'] as const) },
  { weight: 30, arbitrary: pick(FILE_KINDS.filter((k) => k !== 'oversize' && k !== 'png' && k !== 'pdf')) },
  { weight: 1, arbitrary: fc.constant('oversize' as const) },
);

const filePart: fc.Arbitrary<FilePart> = fc.record(
  {
    name: fc.oneof({ weight: 8, arbitrary: fc.constant('file') }, { weight: 1, arbitrary: pick(['title', 'files', 'file[]', '']) }),
    filename: fileName,
    contentType: fc.option(pick(['image/png', 'application/pdf', 'text/html', 'image/svg+xml', 'application/x-msdownload']), {
      nil: undefined,
    }),
    file: fileKind,
    seed: fc.nat(),
  },
  { requiredKeys: ['name', 'file', 'seed'] },
);

function uploadBody(fx: Fixtures): fc.Arbitrary<{ body: Body; contentType: string | null; mutation: string }> {
  const fields = fc.tuple(
    bodies.uploadFields(fx),
    fc.nat(),
    fc.oneof(pick(HOSTILE_STRINGS), fc.constant(null)),
    fc.option(pick(['extra', '__proto__', 'title', 'project', 'inspection']), { nil: undefined }),
  );
  return fc
    .tuple(
      fields,
      fc.oneof(
        { weight: 8, arbitrary: filePart.map((p) => [p]) },
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.tuple(filePart, filePart) },
      ),
      pick(['----fuzzBoundary7MA4YWxkTrZu0gW', 'x', 'b'.repeat(70)]),
      fc.oneof({ weight: 8, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: pick(MANGLES) }),
      fc.oneof(
        { weight: 8, arbitrary: fc.constant('multipart') },
        { weight: 1, arbitrary: pick(CONTENT_TYPES) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
    )
    .map(([[valid, n, hostile, extraName], files, boundary, mangle, type]) => {
      const names = Object.keys(valid);
      const changed = names[n % names.length] as string;
      const text: Part[] = Object.entries(valid)
        .filter(([name]) => !(hostile === null && extraName === undefined && n % 3 === 0 && name === changed))
        .map(([name, value]) => ({ name, value: hostile !== null && name === changed ? hostile : value }));
      if (extraName !== undefined) text.push({ name: extraName, value: hostile ?? '1' });
      const contentType = type === 'multipart' ? `multipart/form-data; boundary=${boundary}` : type;
      const what = [
        hostile !== null
          ? `field ${changed} ← ${JSON.stringify(hostile).slice(0, 40)}`
          : extraName === undefined && n % 3 === 0
            ? `missing ${changed}`
            : 'fields valid',
        extraName !== undefined ? `extra field ${extraName}` : '',
        `files: ${files.map((f) => f.file).join(', ') || 'none'}`,
        mangle !== 'none' ? `mangled: ${mangle}` : '',
      ].filter(Boolean);
      return {
        body: { kind: 'multipart' as const, spec: { boundary, parts: [...text, ...files], mangle } },
        contentType,
        mutation: `upload: ${what.join('; ')}`,
      };
    });
}

/** A body where none is read: mostly nothing, sometimes something the handler must ignore. */
const strayBody: fc.Arbitrary<GeneratedBody | null> = fc.oneof(
  { withCrossShrink: true },
  { weight: 9, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: pick(['{"a":1}', 'garbage', '[]']).map((text) => ({ body: { kind: 'text' as const, text }, mutation: 'stray body' })),
  },
);

// ── The case ──

/** Requests for one endpoint of the catalogue. */
export function caseArbitrary(e: Endpoint, fx: Fixtures): fc.Arbitrary<FuzzCase> {
  let body: fc.Arbitrary<{ body: Body | null; contentType: string | null; mutation: string }>;
  if (e.body === 'multipart') body = uploadBody(fx);
  else if (e.body === 'json' || e.body === 'optional-json') {
    const valid = e.valid?.(fx) ?? fc.constant({});
    body = fc.tuple(jsonBody(valid), jsonContentType).map(([b, contentType]) => ({ ...b, contentType }));
  } else
    body = strayBody.map((b) => ({
      body: b?.body ?? null,
      contentType: b ? 'application/json' : null,
      mutation: b?.mutation ?? 'no body',
    }));

  // Sign-in is limited per address: each attempt comes from an address of its own, as many clients would.
  const forwarded = e.path === '/api/auth/sign-in/email' ? IPV6.map((ip) => ({ 'x-forwarded-for': ip })) : fc.constant({});

  return fc
    .tuple(caller, forgedToken, params(e, fx), query(e, fx), body, originHeaders, otherHeaders, forwarded)
    .map(([who, token, p, q, b, origin, other, xff]) => {
      const headers: Record<string, string> = { ...xff, ...other };
      if (e.method !== 'GET') Object.assign(headers, origin);
      if (b.contentType !== null && b.body) headers['content-type'] = b.contentType;
      if (who === 'forged') headers.cookie = `better-auth.session_token=${percentEncode(token)}`;
      const path = e.path.replace(/\{(\w+)\}/g, (_m, name: string) => p.segments[name] ?? '') + q.query;
      const mutation = [b.mutation, p.valid ? '' : 'hostile path', q.label === 'no query' ? '' : q.label].filter(Boolean).join(' · ');
      return {
        endpoint: endpointId(e),
        caller: who,
        method: e.method,
        path,
        headers,
        body: b.body,
        mutation,
        pathValid: p.valid,
        ...(p.recordId !== undefined ? { recordId: p.recordId } : {}),
      };
    });
}
