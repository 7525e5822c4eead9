import { describe, expect, it } from 'vitest';
import { deriveSeed, failureKind } from './run';
import { formatReport, Tally } from './tally';

describe('the run bookkeeping', () => {
  it('derives a stable seed per endpoint and round', () => {
    expect(deriveSeed(42, 'GET /api/v1/sites', 0)).toBe(deriveSeed(42, 'GET /api/v1/sites', 0));
    expect(deriveSeed(42, 'GET /api/v1/sites', 1)).not.toBe(deriveSeed(42, 'GET /api/v1/sites', 0));
    expect(deriveSeed(43, 'GET /api/v1/sites', 0)).not.toBe(deriveSeed(42, 'GET /api/v1/sites', 0));
    expect(deriveSeed(42, 'x', 0)).toBeGreaterThanOrEqual(0);
  });

  it('tells the same failure again from a new one', () => {
    expect(failureKind(['answered 500', 'x'])).toBe(failureKind(['answered 500']));
    expect(failureKind(['problem.requestId "a" ≠ x-request-id "b"'])).toBe(failureKind(['problem.requestId "c" ≠ x-request-id "d"']));
    expect(failureKind(['answered 500'])).not.toBe(failureKind(['no answer: socket hang up']));
  });

  it('prints requests per endpoint, answers by status, each failure and the totals', () => {
    const tally = new Tally();
    tally.count('GET /a', 200, 'valid', false);
    tally.count('GET /a', 400, 'field x ← 1', false);
    tally.count('POST /b', 500, 'deep JSON at x', true);
    tally.endpoint('POST /b').failures = 1;
    tally.brokenRequests = 1;
    tally.failures.push({
      endpoint: 'POST /b',
      problems: ['answered 500'],
      request: '  POST /b',
      answer: '500',
      log: ['{"reqId":"r"}'],
      replay: 'npm run test:fuzz -- …',
    });
    const report = formatReport(tally, 1.5);
    expect(report).toMatch(/GET \/a +2 +0 +200×1 400×1/);
    expect(report).toMatch(/POST \/b +1 +1 +500×1/);
    expect(report).toMatch(/answers by status: 200×1 400×1 500×1/);
    expect(report).toMatch(/FAILURE 1: POST \/b\n {2}- answered 500/);
    expect(report).toMatch(/answered 500: 1 endpoint\(s\): POST \/b/);
    expect(report).toMatch(
      /fuzz: 3 requests \(2 generated, 1 while shrinking\) over 2 endpoints in 1\.5 s; 1 distinct failures \(1 requests broke a rule\)$/,
    );
  });
});
