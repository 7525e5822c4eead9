import { describe, expect, it } from 'vitest';
import { parentFromStat, processTree } from './memory';

describe('processTree', () => {
  it('takes the root, its children and theirs, and nothing beside them', () => {
    const parentOf = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1], // another program's process
    ]);
    expect(processTree(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
  });

  it('is the root alone when it has no children', () => {
    expect(processTree(42, new Map([[7, 1]]))).toEqual([42]);
  });
});

describe('parentFromStat', () => {
  it('reads the parent after a command name with spaces and parentheses', () => {
    expect(parentFromStat('1234 (next-server (v16.4.6)) S 1200 1234 1200 0 -1')).toBe(1200);
    expect(parentFromStat('77 (node) R 1 77 77 0')).toBe(1);
  });
});
