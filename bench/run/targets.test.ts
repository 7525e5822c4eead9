import { describe, expect, it } from 'vitest';
import { atLeast, atMost, mark, meets } from './targets';

describe('meets', () => {
  it('holds a lower bound inclusively', () => {
    expect(meets(atLeast('≥ 1,500 req/s', 1500, 1500))).toBe(true);
    expect(meets(atLeast('≥ 1,500 req/s', 1499.9, 1500))).toBe(false);
  });

  it('holds an upper bound inclusively', () => {
    expect(meets(atMost('p99 ≤ 50 ms', 50, 50))).toBe(true);
    expect(meets(atMost('p99 ≤ 50 ms', 50.1, 50))).toBe(false);
  });

  it('counts a figure that was not measured as a miss, whatever the bound', () => {
    expect(meets(atMost('0 errors', null, 0))).toBe(false);
    expect(meets(atLeast('≥ 95', null, 95))).toBe(false);
    expect(meets(atMost('p95 ≤ 50 ms', Number.NaN, 50))).toBe(false);
  });
});

describe('mark', () => {
  it('is blank without a target, ✓ when all are met, ✗ when one is missed', () => {
    expect(mark([])).toBe('');
    expect(mark([atLeast('a', 2000, 1500), atMost('b', 30, 50)])).toBe('✓');
    expect(mark([atLeast('a', 2000, 1500), atMost('b', 51, 50)])).toBe('✗');
  });
});
