/**
 * Hostile JSON bodies made from a valid-shaped one: one field changed to a hostile value, a field
 * missing, fields added (prototype-pollution keys among them), every date replaced, a huge string,
 * deep nesting, bytes that are not UTF-8, the wrong top-level type, text that is not JSON, nothing.
 */
import fc from 'fast-check';
import { type Body, DEEP_MARKER, HUGE_MARKER } from './fuzz-case';
import { DATE_STRINGS, HOSTILE_STRINGS, INVALID_UTF8, NUMBER_LIKES, POLLUTION_KEYS } from './values';

export interface GeneratedBody {
  body: Body;
  /** What was done, e.g. `field name.zh ← "…"`; its first word is the category the report counts. */
  mutation: string;
}

type Path = (string | number)[];

/** Every place inside a value a field can be changed or removed, outermost first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A copy of `value` with the node at `path` replaced (or removed when `remove`). */
export function withAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  if (!path.length) return replacement;
  const copy = clone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove && Array.isArray(node)) node.splice(last as number, 1);
  else if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** An own property, even for `__proto__`, which a plain assignment would not create. */
function withOwn(value: unknown, key: string, extra: unknown): unknown {
  const target = value !== null && typeof value === 'object' && !Array.isArray(value) ? (clone(value) as object) : {};
  Object.defineProperty(target, key, { value: extra, enumerable: true, configurable: true, writable: true });
  return target;
}

const RAW = /"@@RAW:(.*?)@@"/g;
/** JSON text, with raw literals (1e999, -0, a lone surrogate escape) where the value has `@@RAW:…@@`. */
export const jsonText = (value: unknown) =>
  JSON.stringify(value).replace(RAW, (_m, escaped: string) => JSON.parse(`"${escaped}"`) as string);
const raw = (literal: string) => `@@RAW:${literal}@@`;

/** Values a field should never accept as they are, or should store safely when it does. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_LIKES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => '长'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, [], [[]], { zh: 1 }, [{ zh: '名称' }], { $gt: '' }, { toString: 'x' }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '1e999',
        '-1e999',
        '-0',
        '1E400',
        '123456789012345678901234567890',
        '0.1e-400',
        '"\\ud800"',
        '"\\u0000"',
        '"\\udfff\\ud800"',
      )
      .map(raw),
  },
);

const DATE_KEYS = new Set(['planned', 'actual', 'date', 'due']);

/** JSON bodies for an endpoint whose valid-shaped body comes from `valid`. */
export function jsonBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<GeneratedBody> {
  const text =
    (mutation: string) =>
    (t: string): GeneratedBody => ({ body: { kind: 'text' as const, text: t }, mutation });
  const atSomePath = <T>(extra: fc.Arbitrary<T>) =>
    fc.tuple(valid, fc.nat(), extra).map(([value, n, x]) => {
      const paths = pathsOf(value);
      return { value, path: paths.length ? (paths[n % paths.length] as Path) : [], x };
    });
  const where = (path: Path) => (path.length ? path.join('.') : 'the whole body');

  return fc.oneof(
    { withCrossShrink: true },
    { weight: 12, arbitrary: valid.map((v) => text('valid')(jsonText(v))) },
    {
      weight: 26,
      arbitrary: atSomePath(hostileValue).map(({ value, path, x }) => ({
        body: { kind: 'text' as const, text: jsonText(withAt(value, path, x)) },
        mutation: `field ${where(path)} ← ${JSON.stringify(x)?.slice(0, 60)}`,
      })),
    },
    {
      weight: 6,
      arbitrary: atSomePath(fc.constant(null)).map(({ value, path }) => ({
        body: { kind: 'text' as const, text: jsonText(path.length ? withAt(value, path, undefined, true) : {}) },
        mutation: `missing ${where(path)}`,
      })),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(valid, fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 12 })), hostileValue, fc.boolean())
        .map(([value, key, x, pollute]) => {
          const extra = pollute ? { isAdmin: true, role: 'admin', polluted: 'yes' } : x;
          return {
            body: { kind: 'text' as const, text: jsonText(withOwn(value, key, extra)) },
            mutation: `extra field ${JSON.stringify(key)}`,
          };
        }),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.constantFrom(...DATE_STRINGS)).map(([value, date]) => {
        let changed = value;
        for (const path of pathsOf(value)) if (DATE_KEYS.has(String(path.at(-1)))) changed = withAt(changed, path, date);
        return { body: { kind: 'text' as const, text: jsonText(changed) }, mutation: `dates ← ${JSON.stringify(date)}` };
      }),
    },
    {
      weight: 5,
      arbitrary: atSomePath(
        fc.tuple(
          fc.constantFrom('a', '二', '"', '😀', '\\'),
          fc.oneof(fc.integer({ min: 10_000, max: 600_000 }), fc.integer({ min: 1_100_000, max: 3_000_000 })),
        ),
      ).map(({ value, path, x: [unit, count] }) => ({
        body: { kind: 'huge' as const, text: jsonText(withAt(value, path, HUGE_MARKER)), unit, count },
        mutation: `huge string at ${where(path)}`,
      })),
    },
    {
      weight: 4,
      arbitrary: atSomePath(
        fc.tuple(
          fc.constantFrom('[' as const, '{"a":' as const),
          fc.oneof(
            fc.integer({ min: 100, max: 5_000 }),
            fc.integer({ min: 5_000, max: 100_000 }),
            fc.integer({ min: 400_000, max: 700_000 }),
          ),
        ),
      ).map(({ value, path, x: [open, depth] }) => ({
        body: { kind: 'deep' as const, text: jsonText(withAt(value, path, DEEP_MARKER)), open, depth },
        mutation: `deep JSON at ${where(path)}`,
      })),
    },
    {
      weight: 5,
      arbitrary: atSomePath(fc.constantFrom(...INVALID_UTF8)).map(({ value, path, x: bytes }) => {
        const marked = jsonText(withAt(value, path, '@@BAD@@'));
        const at = Math.max(0, marked.indexOf('@@BAD@@'));
        return {
          body: { kind: 'text' as const, text: marked.replace('@@BAD@@', ''), splice: { at, bytes } },
          mutation: `invalid UTF-8 at ${where(path)}`,
        };
      }),
    },
    {
      weight: 4,
      arbitrary: fc
        .oneof(
          fc.constantFrom('[]', '[{}]', '"text"', '123', '-1', 'null', 'true', '""', '0'),
          valid.map((v) => jsonText([v])),
        )
        .map(text('wrong top-level type')),
    },
    {
      weight: 5,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            '{',
            '{"a":1,}',
            "{'a':1}",
            '{"a":NaN}',
            '{"a":Infinity}',
            '{"a":undefined}',
            '{a:1}',
            '[1,2',
            'nul',
            '{"a":"\\x"}',
            '{"a":1}{"b":2}',
            '{"a":1} trailing',
            '\u0000',
            '<?xml version="1.0"?><a/>',
            'a=1&b=2',
            '/* comment */ {}',
            '{"a":"\\ud800"',
          ),
          valid.map((v) => jsonText(v).slice(0, -1)),
          valid.map((v) => `${jsonText(v)}garbage`),
          valid.map((v) => `\ufeff${jsonText(v)}`),
          valid.map((v) => jsonText(v) + jsonText(v)),
        )
        .map(text('not JSON')),
    },
    { weight: 3, arbitrary: fc.constantFrom('', ' ', '\r\n\t').map(text('empty body')) },
  );
}
