import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, summarise } from './percentile';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1 … 100

  it('picks the sample at the rank, never one in between', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
  });

  it('is the only sample of one, and null of none', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('refuses a p outside (0, 100]', () => {
    expect(() => percentile(hundred, 0)).toThrow(RangeError);
    expect(() => percentile(hundred, 101)).toThrow(RangeError);
  });

  it('has at least p% of the samples at or below it, and fewer strictly below', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        (xs, p) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const v = percentile(sorted, p) as number;
          expect(sorted.filter((x) => x <= v).length / sorted.length).toBeGreaterThanOrEqual(p / 100);
          expect(sorted.filter((x) => x < v).length / sorted.length).toBeLessThan(p / 100);
        },
      ),
    );
  });
});

describe('summarise', () => {
  it('sorts unsorted samples and rounds to 0.1 ms', () => {
    const samples = [5.04, 1, 3, 2, 4];
    expect(summarise(samples)).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(samples).toEqual([5.04, 1, 3, 2, 4]); // the caller's array is left alone
  });

  it('reports nothing measured as nulls', () => {
    expect(summarise([])).toEqual({ count: 0, p50: null, p95: null, p99: null, max: null });
  });
});
