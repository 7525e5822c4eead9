import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/open';
import { accountLimitKey, clearAttempts, consumeAttempt } from './sign-in-limits';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heritage-limits-'));
const { db, sqlite } = openDatabase(path.join(dir, 'heritage.db'));
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rule = { window: 60, max: 3 };

describe('consumeAttempt', () => {
  it('allows max attempts in a window, then refuses with the seconds left, without counting refusals', () => {
    const key = accountLimitKey('a@example.org');
    const t0 = 1_000_000;
    expect(consumeAttempt(db, key, rule, t0)).toEqual({ allowed: true });
    expect(consumeAttempt(db, key, rule, t0 + 1000)).toEqual({ allowed: true });
    expect(consumeAttempt(db, key, rule, t0 + 2000)).toEqual({ allowed: true });
    expect(consumeAttempt(db, key, rule, t0 + 2500)).toEqual({ allowed: false, retryAfter: 60 });
    expect(consumeAttempt(db, key, rule, t0 + 32_000)).toEqual({ allowed: false, retryAfter: 30 });
    // 60 s after the last counted attempt the count starts again.
    expect(consumeAttempt(db, key, rule, t0 + 62_000)).toEqual({ allowed: true });
  });

  it('keys by account regardless of case and spaces, without storing the address', () => {
    expect(accountLimitKey(' B@Example.org ')).toBe(accountLimitKey('b@example.org'));
    expect(accountLimitKey('b@example.org')).not.toContain('example');
    expect(accountLimitKey('b@example.org')).not.toBe(accountLimitKey('c@example.org'));
  });

  it('starts over once cleared (a successful sign-in)', () => {
    const key = accountLimitKey('d@example.org');
    for (let i = 0; i < 3; i++) consumeAttempt(db, key, rule, 5000 + i);
    expect(consumeAttempt(db, key, rule, 6000).allowed).toBe(false);
    clearAttempts(db, key);
    expect(consumeAttempt(db, key, rule, 6001)).toEqual({ allowed: true });
  });
});
