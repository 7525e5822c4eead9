import { describe, expect, it } from 'vitest';
import { kindRow } from './kind-row-fixture';
import { renderKinds, shortLogLine, writeFigures } from './report';
import { Stats, totals } from './stats';

describe('totals', () => {
  it('counts 5xx, connection errors and timeouts over all kinds', () => {
    const sum = totals([kindRow('a', { 200: 5, 502: 1 }, { errors: 2 }), kindRow('b', { 500: 1 }, { timeouts: 3 })]);
    expect(sum).toMatchObject({ requests: 7, serverErrors: 2, connectionErrors: 2, timeouts: 3, statuses: { 200: 5, 500: 1, 502: 1 } });
  });
});

describe('Stats', () => {
  it('counts answers and requests without one apart, and percentiles over every answer', () => {
    const stats = new Stats();
    for (let ms = 1; ms <= 100; ms++) stats.record('k', 200, ms);
    stats.record('k', 0, 30_000, true);
    stats.record('k', 0, 5);
    stats.merge('k', { samples: [1000], statuses: { 200: 1 }, errors: 0, timeouts: 0 });
    const [k] = stats.rows(10);
    expect(k).toMatchObject({ requests: 103, statuses: { 200: 101 }, errors: 1, timeouts: 1, p50Ms: 51, p99Ms: 100, rps: 10.3 });
  });
});

describe('writeFigures and renderKinds', () => {
  it('sums the ledger by outcome and kind', () => {
    const figures = writeFigures(
      [
        { kind: 'note', outcome: 'acknowledged', unexpected: false },
        { kind: 'note', outcome: 'refused', unexpected: false },
        { kind: 'refuse:x', outcome: 'acknowledged', unexpected: true },
      ],
      1,
    );
    expect(figures).toEqual({
      sent: 3,
      acknowledged: 2,
      refused: 1,
      failed: 0,
      checked: 1,
      unexpected: 1,
      byKind: { note: { acknowledged: 1, refused: 1 }, 'refuse:x': { acknowledged: 1 } },
    });
  });

  it('prints one line per kind with its figures', () => {
    const text = renderKinds([kindRow('page', { 200: 10 }, { errors: 1 })]);
    expect(text.split('\n')[1]).toMatch(/^page\s+10\s+1\.0\s+10\.0\s+90\.0\s+200×10 errors×1$/);
  });
});

describe('shortLogLine', () => {
  it('keeps what finds a failure in the log and drops the stack', () => {
    const line = JSON.stringify({
      level: 'error',
      time: '2026-01-01T00:00:00.000Z',
      reqId: 'abc',
      req: { method: 'PATCH', url: '/api/v1/milestones/1' },
      err: { message: 'boom', stack: 'Error: boom\n    at x' },
      msg: 'request errored',
    });
    expect(shortLogLine(line)).toBe('error 2026-01-01T00:00:00.000Z abc PATCH /api/v1/milestones/1 request errored: boom');
    expect(shortLogLine('not json')).toBe('not json');
  });
});
