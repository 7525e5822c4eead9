import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { milestones, projects, rectificationItems } from '@/db/schema';
import { rectificationSubmitSchema, rectificationVerifySchema } from '@/lib/api/inspection-schemas';
import type { RectificationItemDetail } from '@/lib/api/review-dto';
import { bureauToday } from '@/lib/domain/partial-date';
import type { Actor } from '../actor';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError } from '../errors';
import { itemDetails, panelSeat } from '../inspection-review';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';
import { assertItemsMovable } from './inspections';
import { projectTags } from './lookups';

/**
 * A rectification item's life after the panel signed: open → submitted by staff with evidence →
 * verified closed by a panel member or staff (or sent back to open, with the reason).
 */

type ItemRow = typeof rectificationItems.$inferSelect;

function itemFor(tx: Tx, id: number): { item: ItemRow; project: typeof projects.$inferSelect } {
  const item = tx.select().from(rectificationItems).where(eq(rectificationItems.id, id)).get();
  if (!item) throw new NotFoundError('rectification item', id);
  const inspection = assertItemsMovable(tx, item.inspectionId);
  const found = tx
    .select({ project: projects })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(eq(milestones.id, inspection.milestoneId))
    .get();
  if (!found) throw new NotFoundError('rectification item', id);
  return { item, project: found.project };
}

const detail = (tx: Tx, row: ItemRow) => itemDetails(tx, [row], bureauToday())[0] as RectificationItemDetail;

function expectState(tx: Tx, item: ItemRow, status: ItemRow['status'], version: number, message: string) {
  if (item.version !== version) throw new StaleVersionError(detail(tx, item));
  if (item.status !== status) throw new ConflictError(message);
}

/** Staff report an item done, with their evidence (a note; documents and photos attach to it). */
export function submitRectification(actor: Actor | null, id: number, input: unknown, requestId: string): RectificationItemDetail {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(rectificationSubmitSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const { item, project } = itemFor(tx, id);
    expectState(tx, item, 'open', body.version, '只有“待整改”的项可以提交整改结果。');
    const after = tx
      .update(rectificationItems)
      .set({
        status: 'submitted',
        submittedAt: new Date(),
        submittedBy: who.id,
        submissionNote: body.note,
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(rectificationItems.id, id))
      .returning()
      .get();
    audit({
      action: 'submit',
      entity: 'rectification_item',
      entityId: id,
      before: { status: item.status },
      after: { status: 'submitted', note: body.note },
    });
    touch(...projectTags(tx, project));
    return detail(tx, after);
  });
}

/** A panel member of that inspection, or staff, accept the evidence (closed) or send it back (open). */
export function verifyRectification(actor: Actor | null, id: number, input: unknown, requestId: string): RectificationItemDetail {
  const who = authorize(actor, ['admin', 'staff', 'expert']);
  const body = parseInput(rectificationVerifySchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const row = tx.select().from(rectificationItems).where(eq(rectificationItems.id, id)).get();
    if (!row) throw new NotFoundError('rectification item', id);
    if (!RECORD_KEEPERS.includes(who.role) && !panelSeat(tx, row.inspectionId, who.id)) {
      throw new ForbiddenError('只有该检查/验收的专家组成员或工作人员可以核验整改。');
    }
    const { item, project } = itemFor(tx, id);
    expectState(tx, item, 'submitted', body.version, '只有“已提交待核验”的项可以核验。');
    const status = body.accept ? 'closed' : 'open';
    const after = tx
      .update(rectificationItems)
      .set({
        status,
        verifiedAt: body.accept ? new Date() : null,
        verifiedBy: who.id,
        verificationNote: body.note ?? null,
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(rectificationItems.id, id))
      .returning()
      .get();
    audit({
      action: body.accept ? 'verify' : 'return',
      entity: 'rectification_item',
      entityId: id,
      before: { status: item.status },
      after: { status, note: body.note ?? null },
    });
    touch(...projectTags(tx, project));
    return detail(tx, after);
  });
}
