import { describe, expect, it } from 'vitest';
import { allocate, FULL, MIN_CONNECTIONS, PANEL_SIZE, parseOptions, QUICK, READ_KINDS, share, totalConnections } from './options';

describe('parseOptions', () => {
  it('defaults to the full run: 50 connections for 300 s', () => {
    expect(parseOptions({})).toEqual({ durationS: 300, connections: 50, port: 3200, quick: false, json: null });
    expect(FULL.connections).toBeGreaterThanOrEqual(50);
    expect(FULL.durationS).toBeGreaterThanOrEqual(300);
  });

  it('--quick is a short run, and explicit flags still win', () => {
    expect(parseOptions({ quick: true })).toMatchObject({ durationS: QUICK.durationS, connections: QUICK.connections, quick: true });
    expect(parseOptions({ quick: true, duration: '7', connections: '30', port: '3299', json: 'out.json' })).toEqual({
      durationS: 7,
      connections: 30,
      port: 3299,
      quick: true,
      json: 'out.json',
    });
  });

  it.each([
    [{ duration: '0' }, /--duration/],
    [{ duration: '1.5' }, /--duration/],
    [{ duration: 'ten' }, /--duration/],
    [{ connections: String(MIN_CONNECTIONS - 1) }, /--connections/],
    [{ port: '80' }, /--port/],
    [{ json: '  ' }, /--json/],
  ])('refuses %o', (raw, message) => {
    expect(() => parseOptions(raw)).toThrow(message);
  });
});

describe('allocate', () => {
  it.each([MIN_CONNECTIONS, 20, 50, 51, 137, 400])('shares %i connections exactly, one reader of each kind at least', (n) => {
    const a = allocate(n);
    expect(totalConnections(a)).toBe(n);
    for (const kind of READ_KINDS) expect(a.reads[kind]).toBeGreaterThanOrEqual(1);
    // Two writers to a milestone, so that stale versions happen.
    expect(a.noteWriters % 2).toBe(0);
    expect(a.panels).toBeGreaterThanOrEqual(1);
  });

  it('gives the full run two panels and most connections to readers', () => {
    const a = allocate(50);
    expect(a.panels * PANEL_SIZE).toBe(6);
    expect(Object.values(a.reads).reduce((s, x) => s + x, 0)).toBeGreaterThan(35);
    expect(a.reads.page).toBeGreaterThan(a.reads['not-found']);
  });

  it('refuses fewer connections than one of each kind of user', () => {
    expect(() => allocate(MIN_CONNECTIONS - 1)).toThrow(RangeError);
  });
});

describe('share', () => {
  it('splits by weight, largest remainders first, summing to the total', () => {
    expect(share(10, { a: 1, b: 1 })).toEqual({ a: 5, b: 5 });
    expect(share(3, { a: 1, b: 1, c: 1 })).toEqual({ a: 1, b: 1, c: 1 });
    const s = share(11, { a: 3, b: 1 });
    expect(s.a + s.b).toBe(11);
    expect(s.a).toBeGreaterThan(s.b);
  });
});
