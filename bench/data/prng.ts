/**
 * A seeded pseudo-random generator, so the same arguments always write the same rows.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter): fast, 128 bits of state, and good enough
 * statistically for test data; Math.random cannot be seeded.
 */

/** A 32-bit hash of a string (FNV-1a): turns "seed/phase" into a generator's initial state. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** An index into `weights`, drawn in proportion to them. */
  weighted(weights: readonly number[]): number;
  /** `k` distinct items of `list`, in list order. */
  sample<T>(list: readonly T[], k: number): T[];
}

/** One independent stream per (seed, purpose): a change to one phase does not shift the others. */
export function createRng(seed: string, purpose: string): Rng {
  let a = hash32(`${seed}/${purpose}/a`);
  let b = hash32(`${seed}/${purpose}/b`);
  let c = hash32(`${seed}/${purpose}/c`);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed; discard them.
  for (let i = 0; i < 15; i++) next();

  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (!list.length) throw new RangeError('pick from an empty list');
      return list[Math.floor(next() * list.length)] as (typeof list)[number];
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] as number;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    sample: (list, k) => {
      // Selection sampling (Knuth's algorithm S): one pass, keeps list order, no shuffle.
      const out: (typeof list)[number][] = [];
      let needed = Math.min(k, list.length);
      for (let i = 0; i < list.length && needed > 0; i++) {
        if (next() * (list.length - i) < needed) {
          out.push(list[i] as (typeof list)[number]);
          needed -= 1;
        }
      }
      return out;
    },
  };
  return rng;
}

/** A drawer over a table of [value, weight] pairs, with its cumulative weights worked out once. */
export function picker<T>(table: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values = table.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of table) {
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const r = rng.next() * total;
    let i = 0;
    while (i < cumulative.length - 1 && r >= (cumulative[i] as number)) i++;
    return values[i] as T;
  };
}
