/**
 * The load test's settings from its command line, and how its connections are shared between the
 * kinds of user it plays. Pure: parsed and checked here, used by scripts/load-test.ts.
 */

export interface LoadOptions {
  durationS: number;
  connections: number;
  port: number;
  quick: boolean;
  json: string | null;
}

export const FULL = { durationS: 300, connections: 50 } as const;
export const QUICK = { durationS: 20, connections: 20 } as const;
export const DEFAULT_PORT = 3200;
/** Seven writers (two note writers, a creator, a refuser, one panel of three) and one reader per read kind. */
export const MIN_CONNECTIONS = 13;

export interface RawOptions {
  duration?: string;
  connections?: string;
  port?: string;
  quick?: boolean;
  json?: string;
}

function wholeNumber(raw: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** --quick sets the defaults of a short run; --duration and --connections still win when given. */
export function parseOptions(raw: RawOptions): LoadOptions {
  const base = raw.quick ? QUICK : FULL;
  return {
    durationS: wholeNumber(raw.duration, base.durationS, 'duration', 5, 3600),
    connections: wholeNumber(raw.connections, base.connections, 'connections', MIN_CONNECTIONS, 400),
    port: wholeNumber(raw.port, DEFAULT_PORT, 'port', 1024, 65535),
    quick: Boolean(raw.quick),
    json: raw.json === undefined ? null : raw.json.trim() || fail('--json needs a file name'),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** The public read kinds, each its own autocannon instance so that each has its own latencies. */
export const READ_KINDS = ['page', 'page-en', 'search-short', 'search-long', 'open-data', 'not-found'] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** Relative weight of each read kind among the reading connections: pages first, as on a public site. */
const READ_WEIGHTS: Record<ReadKind, number> = {
  page: 8,
  'page-en': 5,
  'search-short': 2,
  'search-long': 2,
  'open-data': 2,
  'not-found': 1,
};

export interface Allocation {
  /** Staff saving milestone notes, two to a milestone so that stale versions (409) really happen. */
  noteWriters: number;
  /** Staff creating records (buildings, milestones, approvals). */
  creators: number;
  /** A client sending writes that must be refused (401, 403, 400, 404, 409, 422), each with a token. */
  refusers: number;
  /** Expert panels: three members each (chair and two), working inspections through to the lock. */
  panels: number;
  reads: Record<ReadKind, number>;
}

export const PANEL_SIZE = 3;

/** The connections of each kind; they add up to `connections` exactly. */
export function allocate(connections: number): Allocation {
  if (!Number.isInteger(connections) || connections < MIN_CONNECTIONS) {
    throw new RangeError(`allocate: at least ${MIN_CONNECTIONS} connections, got ${connections}`);
  }
  const panels = Math.max(1, Math.floor(connections / 25));
  const noteWriters = Math.max(2, 2 * Math.round(connections / 25));
  const creators = Math.max(1, Math.floor(connections / 40));
  const refusers = 1;
  const readers = connections - noteWriters - creators - refusers - panels * PANEL_SIZE;
  return { noteWriters, creators, refusers, panels, reads: share(readers, READ_WEIGHTS) };
}

/** Whole shares of `total` by weight, at least one each (largest remainder), summing to `total`. */
export function share<K extends string>(total: number, weights: Record<K, number>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  if (total < keys.length) throw new RangeError(`share: ${total} is fewer than the ${keys.length} kinds`);
  const spare = total - keys.length;
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  const exact = keys.map((k) => (spare * weights[k]) / sum);
  const result = Object.fromEntries(keys.map((k, i) => [k, 1 + Math.floor(exact[i] as number)])) as Record<K, number>;
  let left = total - keys.reduce((s, k) => s + result[k], 0);
  const byRemainder = keys.map((k, i) => ({ k, r: (exact[i] as number) % 1 })).sort((a, b) => b.r - a.r);
  for (const { k } of byRemainder) {
    if (left <= 0) break;
    result[k] += 1;
    left -= 1;
  }
  return result;
}

/** Total connections of an allocation, for the summary and the tests. */
export function totalConnections(a: Allocation): number {
  return a.noteWriters + a.creators + a.refusers + a.panels * PANEL_SIZE + Object.values<number>(a.reads).reduce((s, n) => s + n, 0);
}
