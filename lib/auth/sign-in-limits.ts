/**
 * How often anyone may try to sign in. Two limits, both kept in the `rate_limit` table:
 * - per address: better-auth's own limiter on POST /api/auth/sign-in/email (every attempt counts);
 * - per account: ours, keyed by the e-mail typed, so rotating addresses does not buy more guesses.
 *   Every attempt counts when it starts (a burst of parallel guesses cannot slip past a count that
 *   is written only after each password check); a successful sign-in clears the count, so in effect
 *   it counts failures.
 * A refused attempt is answered 429 with Retry-After and is not counted, so waiting is enough.
 */
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { rateLimit } from '../../db/schema';

export interface LimitRule {
  /** Seconds. */
  window: number;
  max: number;
}

export const SIGN_IN_LIMITS = {
  /** Attempts from one address, whatever the account: generous, an office may share one address. */
  perAddress: { window: 60, max: 30 },
  /**
   * Attempts at one account, whatever the address. The window must not exceed the longest window
   * better-auth knows of (60 s, its default), because its limiter prunes rate_limit rows older than that.
   */
  perAccount: { window: 60, max: 5 },
} as const satisfies Record<string, LimitRule>;

export type LimitDecision = { allowed: true } | { allowed: false; retryAfter: number };

/** The rate_limit key for an account; the address is hashed so typed e-mails are not stored. */
export function accountLimitKey(email: string): string {
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return `account:${digest}|/sign-in/email`;
}

/**
 * Counts one attempt unless the limit is reached. One immediate transaction on a synchronous
 * driver: nothing interleaves between the read and the write.
 */
export function consumeAttempt(db: Db, key: string, rule: LimitRule, now = Date.now()): LimitDecision {
  const windowMs = rule.window * 1000;
  return db.transaction(
    (tx): LimitDecision => {
      const row = tx.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
      if (!row) {
        tx.insert(rateLimit).values({ id: randomUUID(), key, count: 1, lastRequest: now }).run();
        return { allowed: true };
      }
      if (now - row.lastRequest >= windowMs) {
        tx.update(rateLimit).set({ count: 1, lastRequest: now }).where(eq(rateLimit.key, key)).run();
        return { allowed: true };
      }
      if (row.count >= rule.max) {
        return { allowed: false, retryAfter: Math.max(1, Math.ceil((row.lastRequest + windowMs - now) / 1000)) };
      }
      tx.update(rateLimit)
        .set({ count: row.count + 1, lastRequest: now })
        .where(eq(rateLimit.key, key))
        .run();
      return { allowed: true };
    },
    { behavior: 'immediate' },
  );
}

export function clearAttempts(db: Db, key: string): void {
  db.delete(rateLimit).where(eq(rateLimit.key, key)).run();
}
