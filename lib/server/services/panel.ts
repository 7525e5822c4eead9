import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import {
  assessments,
  inspectionCriteria,
  inspectionFindings,
  inspections,
  milestones,
  panelMembers,
  projects,
  rectificationItems,
  signatures,
} from '@/db/schema';
import { assessmentsSchema, signSchema, verdictSchema } from '@/lib/api/inspection-schemas';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { checkMilestoneChange } from '@/lib/domain/milestones';
import { bureauToday, comparePartialDates, formatPartialDate } from '@/lib/domain/partial-date';
import { checkFinalAcceptanceReadiness } from '@/lib/domain/verdict-rules';
import { describeFinding } from '@/lib/i18n/rule-text';
import type { Actor } from '../actor';
import { ConflictError, ForbiddenError, InspectionLockedError, NotFoundError, RuleViolationError, StaleVersionError } from '../errors';
import { hashVerdict, inspectionById, loadInspectionReview, panelSeat, verdictContentOf } from '../inspection-review';
import { loadMilestones, toMilestoneFacts } from '../milestone-records';
import { authorize, parseInput, runWrite } from '../write';
import { organisationId, projectTags } from './lookups';

/**
 * The panel's own work on an inspection: each member's grades, the chair's verdict, and the
 * signatures that lock it. Only members act here; staff who are not on the panel are refused
 * like any other outsider (403), and nothing changes once the record is locked (409).
 */

const NOT_ON_PANEL = '您不是该检查/验收专家组成员，无权处理。';

function seatFor(tx: Tx, actor: Actor, id: number) {
  const inspection = inspectionById(tx, id);
  const seat = panelSeat(tx, id, actor.id);
  if (!seat) throw new ForbiddenError(NOT_ON_PANEL);
  if (inspection.lockedAt !== null || inspection.historical) throw new InspectionLockedError();
  return { inspection, seat };
}

const anyone = (actor: Actor | null) => authorize(actor, ['admin', 'staff', 'expert']);

/** A member's grades per criterion, replacing their earlier ones; remarks stay with the panel and staff. */
export function saveMyAssessments(actor: Actor | null, id: number, input: unknown, requestId: string): InspectionReviewDto {
  const who = anyone(actor);
  return runWrite(who, requestId, ({ tx, audit }) => {
    const { seat } = seatFor(tx, who, id);
    const body = parseInput(assessmentsSchema, input);
    tx.delete(assessments).where(eq(assessments.panelMemberId, seat.id)).run();
    for (const a of body.assessments) {
      tx.insert(assessments)
        .values({ inspectionId: id, panelMemberId: seat.id, criterion: a.criterion, grade: a.grade, remarks: a.remarks ?? null })
        .run();
    }
    audit({ action: 'assess', entity: 'inspection', entityId: id, after: { member: seat.displayName, assessments: body.assessments } });
    return loadInspectionReview(tx, id, who.id);
  });
}

/**
 * The chair's verdict: code, unanimity or dissent, criteria, findings and rectification items.
 * Rule 5 is checked here, where the chair can still act on it. Changing a verdict some members
 * already signed withdraws their signatures: they signed other words.
 */
export function saveVerdict(actor: Actor | null, id: number, input: unknown, requestId: string): InspectionReviewDto {
  const who = anyone(actor);
  return runWrite(who, requestId, ({ tx, audit }) => {
    const { inspection, seat } = seatFor(tx, who, id);
    if (!seat.chair) throw new ForbiddenError('只有专家组组长可以填写专家组结论。');
    const body = parseInput(verdictSchema, input);
    if (body.version !== inspection.version) throw new StaleVersionError(loadInspectionReview(tx, id, who.id));

    const milestone = tx.select().from(milestones).where(eq(milestones.id, inspection.milestoneId)).get();
    if (!milestone) throw new NotFoundError('inspection', id);
    const errors: Record<string, string[]> = {};
    body.rectificationItems.forEach((r, index) => {
      if (inspection.date && comparePartialDates(r.due, inspection.date) < 0) {
        errors[`rectificationItems.${index}.due`] = [
          `整改要求第${index + 1}项·整改期限：不能早于检查日期（${formatPartialDate(inspection.date, 'zh')}）`,
        ];
      }
    });
    if (milestone.kind === 'final_acceptance' && body.verdict === 'qualified') {
      const others = (loadMilestones(tx, [milestone.projectId]).get(milestone.projectId) ?? []).filter((m) => m.id !== milestone.id);
      const open = checkFinalAcceptanceReadiness(toMilestoneFacts(others)).filter((f) => f.rule === 'final_needs_closed_items');
      if (open.length) errors.verdict = open.map((f) => `结论：${describeFinding(f)}，终期验收不能为合格`);
    }
    if (Object.keys(errors).length) throw new RuleViolationError(Object.values(errors).flat().join('；'), errors);
    const responsible = body.rectificationItems.map((r, index) =>
      organisationId(tx, r.responsible, `rectificationItems.${index}.responsible`),
    );

    const withdrawn = tx.delete(signatures).where(eq(signatures.inspectionId, id)).returning().all();
    tx.delete(inspectionCriteria).where(eq(inspectionCriteria.inspectionId, id)).run();
    tx.delete(inspectionFindings).where(eq(inspectionFindings.inspectionId, id)).run();
    // An amendment starts with the original's items and their progress; an item the chair keeps
    // word for word keeps its progress too, so a correction does not reopen verified work.
    const progress = new Map(
      tx
        .delete(rectificationItems)
        .where(eq(rectificationItems.inspectionId, id))
        .returning()
        .all()
        .map(({ descriptionZh, status, submittedAt, submittedBy, submissionNote, verifiedAt, verifiedBy, verificationNote }) => [
          descriptionZh,
          { status, submittedAt, submittedBy, submissionNote, verifiedAt, verifiedBy, verificationNote },
        ]),
    );
    for (const c of body.criteria)
      tx.insert(inspectionCriteria)
        .values({ inspectionId: id, ...c })
        .run();
    body.findings.forEach((f, position) => {
      tx.insert(inspectionFindings).values({ inspectionId: id, criterion: f.criterion, textZh: f.text, position }).run();
    });
    body.rectificationItems.forEach((r, index) => {
      tx.insert(rectificationItems)
        .values({
          inspectionId: id,
          descriptionZh: r.description,
          responsibleId: responsible[index] ?? null,
          due: r.due,
          ...progress.get(r.description),
        })
        .run();
    });
    tx.update(inspections)
      .set({
        verdict: body.verdict,
        unanimous: body.unanimous,
        dissent: body.unanimous ? null : (body.dissent ?? null),
        conclusionZh: body.conclusion ?? null,
        version: inspection.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(inspections.id, id))
      .run();
    const { version: _v, ...decided } = body;
    audit({ action: 'decide', entity: 'inspection', entityId: id, after: decided });
    if (withdrawn.length) {
      audit({
        action: 'withdraw-signatures',
        entity: 'inspection',
        entityId: id,
        before: { signatures: withdrawn.map((s) => s.panelMemberId) },
      });
    }
    return loadInspectionReview(tx, id, who.id);
  });
}

/**
 * A member signs the verdict they were shown (its hash). The last signature locks the record,
 * sets the milestone's actual date to the day it was held, and so moves the project's status.
 */
export function signInspection(actor: Actor | null, id: number, input: unknown, requestId: string): InspectionReviewDto {
  const who = anyone(actor);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const { inspection, seat } = seatFor(tx, who, id);
    const body = parseInput(signSchema, input);
    const content = verdictContentOf(tx, inspection);
    if (!content) throw new RuleViolationError('组长尚未填写专家组结论，暂不能签署。', { contentHash: ['签署内容：尚无专家组结论'] });
    const hash = hashVerdict(content);
    if (body.contentHash !== hash) throw new StaleVersionError(loadInspectionReview(tx, id, who.id));
    if (tx.select().from(signatures).where(eq(signatures.panelMemberId, seat.id)).get()) throw new ConflictError('您已签署该意见。');
    const today = bureauToday();
    if (inspection.date && comparePartialDates(inspection.date, today) > 0) {
      throw new RuleViolationError(`检查日期（${formatPartialDate(inspection.date, 'zh')}）尚未到来，不能签署。`, {
        contentHash: ['签署内容：检查尚未举行'],
      });
    }

    const now = new Date();
    tx.insert(signatures).values({ inspectionId: id, panelMemberId: seat.id, signedAt: now, contentHash: hash }).run();
    audit({ action: 'sign', entity: 'inspection', entityId: id, after: { member: seat.displayName, contentHash: hash } });

    const seats = tx.select({ id: panelMembers.id }).from(panelMembers).where(eq(panelMembers.inspectionId, id)).all().length;
    const signed = tx.select({ id: signatures.id }).from(signatures).where(eq(signatures.inspectionId, id)).all().length;
    if (signed === seats) lock(tx, inspection, content.verdict, now, { audit, touch });
    return loadInspectionReview(tx, id, who.id);
  });
}

function lock(
  tx: Tx,
  inspection: typeof inspections.$inferSelect,
  verdict: NonNullable<typeof inspections.$inferSelect.verdict>,
  now: Date,
  w: {
    audit: (e: { action: string; entity: string; entityId: number; before?: unknown; after?: unknown }) => void;
    touch: (...tags: string[]) => void;
  },
) {
  const milestone = tx.select().from(milestones).where(eq(milestones.id, inspection.milestoneId)).get();
  const project = milestone && tx.select().from(projects).where(eq(projects.id, milestone.projectId)).get();
  if (!milestone || !project) throw new NotFoundError('inspection', inspection.id);
  // The rules once more, as the project will stand: a fault here must be fixed before the lock.
  const all = loadMilestones(tx, [project.id]).get(project.id) ?? [];
  const items = tx
    .select({ status: rectificationItems.status })
    .from(rectificationItems)
    .where(eq(rectificationItems.inspectionId, inspection.id))
    .all();
  const errors = checkMilestoneChange(
    { category: project.category ?? 'other', milestones: toMilestoneFacts(all.filter((m) => m.id !== milestone.id)) },
    {
      id: milestone.id,
      kind: milestone.kind,
      sequence: milestone.sequence,
      planned: milestone.planned,
      actual: inspection.date,
      inspection: { verdict, signed: true, historical: false, rectificationItems: items },
    },
  )
    .filter((f) => f.severity === 'error')
    .map((f) => describeFinding(f));
  if (errors.length)
    throw new RuleViolationError(`签署后工程记录将违反规则：${errors.join('；')}。请工作人员先更正相关节点日期。`, { contentHash: errors });

  tx.update(milestones)
    .set({ actual: inspection.date, version: milestone.version + 1, updatedAt: now })
    .where(eq(milestones.id, milestone.id))
    .run();
  tx.update(inspections)
    .set({ signedAt: now, lockedAt: now, version: inspection.version + 1, updatedAt: now })
    .where(eq(inspections.id, inspection.id))
    .run();
  w.audit({
    action: 'lock',
    entity: 'inspection',
    entityId: inspection.id,
    after: { verdict, milestoneId: milestone.id, actual: inspection.date },
  });
  w.audit({
    action: 'update',
    entity: 'milestone',
    entityId: milestone.id,
    before: { actual: milestone.actual, version: milestone.version },
    after: { actual: inspection.date, version: milestone.version + 1 },
  });
  w.touch(...projectTags(tx, project));
}
