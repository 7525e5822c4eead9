import { describe, expect, it } from 'vitest';
import type { Answer } from './client';
import { Ledger, outcomeOf } from './ledger';

const answer = (status: number, body: unknown = null): Answer => ({ status, ms: 1, requestId: status ? `req-${status}` : null, body });

describe('Ledger', () => {
  it('gives unique tokens that its own pattern finds in any text, and no other run does', () => {
    const ledger = new Ledger('abc123');
    const tokens = Array.from({ length: 1000 }, () => ledger.token());
    expect(new Set(tokens).size).toBe(1000);
    expect(tokens[0]).toBe('LT-abc123-000001');
    const text = `备注 ${tokens[41]}：负载测试 ${tokens[999]} LT-ffffff-000001`;
    expect([...text.matchAll(ledger.tokenPattern())].map((m) => m[0])).toEqual([tokens[41], tokens[999]]);
  });

  it('refuses a run id that a LIKE could confuse with other text', () => {
    expect(() => new Ledger('run%1')).toThrow(/hex digits/);
  });

  it('records the outcome of each answer and whether the workload allowed it', () => {
    const ledger = new Ledger('abc123');
    ledger.add('note', ledger.token(), 'PATCH', '/x', answer(200), { expect: [200, 409] });
    ledger.add('note', ledger.token(), 'PATCH', '/x', answer(409, { detail: 'stale' }), { expect: [200, 409] });
    const wrong = ledger.add('refuse', ledger.token(), 'PATCH', '/x', answer(200), { expect: [401] });
    ledger.add('note', ledger.token(), 'PATCH', '/x', { ...answer(0), error: 'socket hang up' }, { expect: [200] });
    expect(ledger.count('acknowledged')).toBe(2);
    expect(ledger.count('refused')).toBe(1);
    expect(ledger.count('failed')).toBe(1);
    expect(ledger.unexpected().map((r) => r.status)).toEqual([200, 0]);
    expect(wrong).toMatchObject({ outcome: 'acknowledged', unexpected: true, requestId: 'req-200', tokenSent: true, audit: [] });
    expect(ledger.records[3]?.detail).toBe('socket hang up');
  });

  it.each([
    [200, 'acknowledged'],
    [201, 'acknowledged'],
    [404, 'refused'],
    [409, 'refused'],
    [500, 'failed'],
    [0, 'failed'],
  ])('outcomeOf(%i) is %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });
});
