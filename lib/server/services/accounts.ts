import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { session, user } from '@/db/schema';
import type { ExpertListDto } from '@/lib/api/review-dto';
import type { Actor } from '../actor';
import { NotFoundError, RuleViolationError } from '../errors';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';

/** Who may manage accounts. */
const ACCOUNT_KEEPERS: Actor['role'][] = ['admin'];

export const userDisableSchema = z.object({ reason: z.string().trim().max(500, '不超过500个字符').optional() }).strict();

export interface UserAccountDto {
  id: string;
  name: string;
  email: string;
  role: string | null;
  disabled: boolean;
  disabledReason: string | null;
}

/**
 * Disables an account and ends its sessions, in one transaction with its audit event. The same
 * change as better-auth's admin `banUser` (banned, reason, every session deleted), made here so
 * that it goes through our one write path; the admin plugin then refuses the account new sessions.
 */
export function disableUser(actor: Actor | null, userId: string, input: unknown, requestId: string): UserAccountDto {
  const who = authorize(actor, ACCOUNT_KEEPERS);
  const body = parseInput(userDisableSchema, input);
  if (userId === who.id) throw new RuleViolationError('管理员不能停用自己的账号。');
  return runWrite(who, requestId, ({ tx, audit }) => {
    const before = tx.select().from(user).where(eq(user.id, userId)).get();
    if (!before) throw new NotFoundError('user', userId);
    const reason = body.reason || null;
    const after = tx
      .update(user)
      .set({ banned: true, banReason: reason, banExpires: null, updatedAt: new Date() })
      .where(eq(user.id, userId))
      .returning()
      .get();
    const ended = tx.delete(session).where(eq(session.userId, userId)).run().changes;
    audit({
      action: 'disable',
      entity: 'user',
      entityId: userId,
      before: { banned: before.banned, banReason: before.banReason },
      after: { banned: true, banReason: reason, sessionsEnded: ended },
    });
    return {
      id: after.id,
      name: after.name,
      email: after.email,
      role: after.role,
      disabled: true,
      disabledReason: after.banReason,
    };
  });
}

/** Enabled expert accounts, for staff composing a panel. */
export function listExperts(actor: Actor | null): ExpertListDto {
  authorize(actor, RECORD_KEEPERS);
  const rows = getDb()
    .select({ id: user.id, name: user.name, email: user.email, banned: user.banned })
    .from(user)
    .where(eq(user.role, 'expert'))
    .orderBy(asc(user.name))
    .all();
  return { items: rows.filter((u) => !u.banned).map(({ banned: _b, ...u }) => u) };
}
