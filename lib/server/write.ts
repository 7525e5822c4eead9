import 'server-only';
import { revalidateTag } from 'next/cache';
import type { z } from 'zod';
import { type AuditInput, type Tx, writeAudit } from '@/db/audit';
import { getDb } from '@/db/client';
import { fieldErrors } from '@/lib/api/schemas';
import type { Actor } from './actor';
import { ForbiddenError, InspectionLockedError, InvalidInputError, UnauthenticatedError } from './errors';
import { reindexForTags } from './search-index';

export type Role = Actor['role'];

/** Staff keep every record; admins can do what staff can, and more. */
export const RECORD_KEEPERS: Role[] = ['staff', 'admin'];

/** Authorization for a write, in the service: who may do this at all. */
export function authorize(actor: Actor | null, roles: Role[]): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}

/** The body checked against its schema, or a 400 naming each field and rule. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError('请求内容有误，请按提示修改。', fieldErrors(result.error));
  return result.data;
}

export interface WriteContext {
  tx: Tx;
  /** An audit event in this transaction, by this actor, for this request. */
  audit(event: Omit<AuditInput, 'actorId' | 'actorLabel' | 'requestId'>): void;
  /** Cache tags whose pages show what this write changes; revalidated after the commit. */
  touch(...tags: string[]): void;
}

/**
 * The one path of every write: one synchronous transaction holding the rules, the change and its
 * audit events; cache tags revalidated only once it has committed. A thrown error rolls it all back.
 */
export function runWrite<T>(actor: Actor, requestId: string, work: (w: WriteContext) => T): T {
  const tags = new Set<string>();
  let result: T;
  try {
    result = getDb().transaction((tx) => {
      const done = work({
        tx,
        audit: (event) => writeAudit(tx, { ...event, actorId: actor.id, requestId }),
        touch: (...more) => {
          for (const tag of more) tags.add(tag);
        },
      });
      // The search index follows the records the write touched, in the same transaction: never ahead, never behind.
      reindexForTags(tx, tags);
      return done;
    });
  } catch (error) {
    // The lock triggers (migration 0003) hold even where a service's own check was raced past.
    if (error instanceof Error && error.message.startsWith('inspection_locked')) throw new InspectionLockedError();
    throw error;
  }
  // expire: 0 — the very next request renders from the database, not a stale copy.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return result;
}
