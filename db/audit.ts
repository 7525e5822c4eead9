import type { Db } from './open';
import { auditEvents } from './schema';

/** A Drizzle transaction or the database itself: audit rows are written inside the change's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface AuditInput {
  actorId?: string | null;
  actorLabel?: string | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export function writeAudit(tx: Tx, event: AuditInput): void {
  tx.insert(auditEvents)
    .values({
      at: new Date(),
      actorId: event.actorId ?? null,
      actorLabel: event.actorLabel ?? null,
      action: event.action,
      entity: event.entity,
      entityId: String(event.entityId),
      before: event.before ?? null,
      after: event.after ?? null,
      requestId: event.requestId ?? null,
    })
    .run();
}
