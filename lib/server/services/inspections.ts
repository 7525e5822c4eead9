import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { getDb } from '@/db/client';
import {
  assessments,
  inspectionAttendees,
  inspectionCriteria,
  inspectionFindings,
  inspections,
  milestones,
  panelMembers,
  projects,
  rectificationItems,
  signatures,
  user,
} from '@/db/schema';
import { amendmentSchema, inspectionScheduleSchema } from '@/lib/api/inspection-schemas';
import type { InspectionReviewDto, ProjectInspectionsDto, ReviewListDto, ScheduleResult } from '@/lib/api/review-dto';
import { REPEATABLE_MILESTONE_KINDS } from '@/lib/domain/codes';
import { checkMilestoneChange } from '@/lib/domain/milestones';
import { checkFinalAcceptanceReadiness } from '@/lib/domain/verdict-rules';
import { describeFinding } from '@/lib/i18n/rule-text';
import type { Actor } from '../actor';
import { ConflictError, ForbiddenError, RuleViolationError } from '../errors';
import { inspectionById, loadInspectionReview, panelSeat, stageOf } from '../inspection-review';
import { loadMilestones, toMilestoneFacts } from '../milestone-records';
import { loadOrganisations, named } from '../records';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';
import { organisationId, projectBySlug, projectTags } from './lookups';

const NOT_ON_PANEL = '您不是该检查/验收专家组成员，无权查看或处理。';

/** The panel's accounts by e-mail: each must be an enabled expert. */
function panelUsers(tx: Tx, panel: { email: string }[]) {
  const emails = panel.map((m) => m.email.toLowerCase());
  const rows = tx.select().from(user).where(inArray(user.email, emails)).all();
  const errors: Record<string, string[]> = {};
  const found = emails.map((email, index) => {
    const u = rows.find((r) => r.email.toLowerCase() === email);
    if (u?.role !== 'expert' || u.banned) errors[`panel.${index}.email`] = [`专家组第${index + 1}项·邮箱：“${email}”不是可用的专家账号`];
    return u;
  });
  if (Object.keys(errors).length) throw new RuleViolationError('专家组成员须为已登记的专家账号。', errors);
  return found as NonNullable<(typeof found)[number]>[];
}

/**
 * Staff schedule an inspection or acceptance: its milestone (a planned one of that kind is
 * reused), the organiser, attending units and the panel with one chair. Rule 5 applies now: a
 * final acceptance waits for a qualified preliminary acceptance and closed rectification items,
 * unless a written waiver is given, which is kept on the record and audited.
 */
export function scheduleInspection(actor: Actor | null, projectSlug: string, input: unknown, requestId: string): ScheduleResult {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(inspectionScheduleSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const project = projectBySlug(tx, projectSlug);
    const organiser = organisationId(tx, body.organiser, 'organiser');
    const attendees = (body.attendees ?? []).map((a, index) => ({
      role: a.role,
      organisationId: organisationId(tx, a.organisation, `attendees.${index}.organisation`),
    }));
    const members = panelUsers(tx, body.panel);
    const all = loadMilestones(tx, [project.id]).get(project.id) ?? [];

    const sameKind = all.filter((m) => m.kind === body.kind);
    if (sameKind.some((m) => m.inspection && !m.inspection.decided)) {
      throw new RuleViolationError('该工程已有一场尚未签署的同类检查或验收。', {
        kind: ['类型：已有一场尚未签署的同类检查或验收，请先完成它'],
      });
    }
    const reusable = sameKind.find((m) => m.inspection === null && m.actual === null);
    if (!reusable && sameKind.length && !REPEATABLE_MILESTONE_KINDS.includes(body.kind)) {
      throw new RuleViolationError('该工程的此类验收只能有一次。', { kind: ['类型：该工程已有此类验收的记录'] });
    }

    let waived: string[] = [];
    if (body.kind === 'final_acceptance') {
      const unmet = checkFinalAcceptanceReadiness(toMilestoneFacts(all)).map((f) => describeFinding(f));
      if (unmet.length && !body.waiver) {
        throw new RuleViolationError(unmet.join('；'), { kind: unmet, waiver: ['如确需先行安排，请写明豁免理由（至少10个字）'] });
      }
      waived = unmet;
    }

    const sequence = reusable?.sequence ?? Math.max(0, ...sameKind.map((m) => m.sequence)) + 1;
    // The date order is checked as if the inspection is held on its date; its verdict comes later.
    const findings = checkMilestoneChange(
      { category: project.category ?? 'other', milestones: toMilestoneFacts(all) },
      {
        id: reusable?.id ?? -1,
        kind: body.kind,
        sequence,
        planned: body.date,
        actual: body.date,
        inspection: { verdict: null, signed: false, historical: false, rectificationItems: [] },
      },
    ).filter((f) => f.rule !== 'verdict_required');
    const errors = findings.filter((f) => f.severity === 'error').map((f) => describeFinding(f));
    if (errors.length) throw new RuleViolationError(errors.join('；'), { date: errors });

    const milestoneId = reusable
      ? (tx
          .update(milestones)
          .set({ planned: body.date, version: reusable.version + 1, updatedAt: new Date() })
          .where(eq(milestones.id, reusable.id))
          .returning({ id: milestones.id })
          .get()?.id as number)
      : tx.insert(milestones).values({ projectId: project.id, kind: body.kind, sequence, planned: body.date }).returning().get().id;
    const inspection = tx
      .insert(inspections)
      .values({
        milestoneId,
        organiserId: organiser,
        date: body.date,
        createdBy: who.id,
        waiverReason: waived.length ? (body.waiver ?? null) : null,
      })
      .returning()
      .get();
    for (const a of attendees)
      tx.insert(inspectionAttendees)
        .values({ inspectionId: inspection.id, ...a })
        .run();
    body.panel.forEach((m, index) => {
      const u = members[index] as (typeof members)[number];
      tx.insert(panelMembers).values({ inspectionId: inspection.id, userId: u.id, displayName: u.name, chair: m.chair }).run();
    });

    const after = { kind: body.kind, date: body.date, organiser: body.organiser, panel: body.panel, milestoneId };
    audit({ action: 'schedule', entity: 'inspection', entityId: inspection.id, after });
    if (waived.length)
      audit({ action: 'waive', entity: 'inspection', entityId: inspection.id, after: { reason: body.waiver, unmet: waived } });
    touch(...projectTags(tx, project));
    return { id: inspection.id, milestoneId, warnings: findings.filter((f) => f.severity === 'warning').map((f) => describeFinding(f)) };
  });
}

/** Staff keep every inspection; an expert sees only those whose panel they sit on. */
function authorizeReader(actor: Actor | null, inspectionId: number) {
  const who = authorize(actor, ['admin', 'staff', 'expert']);
  const db = getDb();
  inspectionById(db, inspectionId);
  if (!RECORD_KEEPERS.includes(who.role) && !panelSeat(db, inspectionId, who.id)) throw new ForbiddenError(NOT_ON_PANEL);
  return who;
}

export function getInspection(actor: Actor | null, id: number): InspectionReviewDto {
  const who = authorizeReader(actor, id);
  return loadInspectionReview(getDb(), id, who.id);
}

/** The inspections of one project, newest first, for the staff workspace. */
export function listProjectInspections(actor: Actor | null, projectSlug: string): ProjectInspectionsDto {
  const who = authorize(actor, RECORD_KEEPERS);
  const db = getDb();
  const project = projectBySlug(db, projectSlug);
  const ids = db
    .select({ id: inspections.id })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .where(eq(milestones.projectId, project.id))
    .orderBy(desc(inspections.date), desc(inspections.id))
    .all();
  return {
    items: ids.map(({ id }) => {
      const { context: _context, ...rest } = loadInspectionReview(db, id, who.id, false);
      return rest;
    }),
  };
}

/** The caller's own panels, with what each still needs from them. */
export function listMyReviews(actor: Actor | null): ReviewListDto {
  const who = authorize(actor, ['admin', 'staff', 'expert']);
  const db = getDb();
  const rows = db
    .select({
      seat: panelMembers,
      inspection: inspections,
      kind: milestones.kind,
      slug: projects.slug,
      titleZh: projects.titleZh,
      titleEn: projects.titleEn,
    })
    .from(panelMembers)
    .innerJoin(inspections, eq(inspections.id, panelMembers.inspectionId))
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(eq(panelMembers.userId, who.id))
    .orderBy(desc(inspections.date), desc(inspections.id))
    .all();
  const seatIds = rows.map((r) => r.seat.id);
  const assessed = new Set(
    seatIds.length
      ? db
          .selectDistinct({ id: assessments.panelMemberId })
          .from(assessments)
          .where(inArray(assessments.panelMemberId, seatIds))
          .all()
          .map((a) => a.id)
      : [],
  );
  const signed = new Set(
    seatIds.length
      ? db
          .select({ id: signatures.panelMemberId })
          .from(signatures)
          .where(inArray(signatures.panelMemberId, seatIds))
          .all()
          .map((s) => s.id)
      : [],
  );
  const org = loadOrganisations(
    db,
    rows.map((r) => r.inspection.organiserId),
  );
  return {
    items: rows.map(({ seat, inspection: i, kind, slug, titleZh, titleEn }) => {
      const stage = stageOf(i);
      const todo =
        stage === 'locked'
          ? 'none'
          : !assessed.has(seat.id)
            ? 'assess'
            : stage === 'assessing'
              ? seat.chair
                ? 'decide'
                : 'wait'
              : signed.has(seat.id)
                ? 'wait'
                : 'sign';
      return {
        id: i.id,
        kind: kind as ReviewListDto['items'][number]['kind'],
        date: i.date,
        stage,
        project: { slug, title: named(titleZh, titleEn) },
        organiser: org(i.organiserId),
        chair: seat.chair,
        amends: i.amendsId,
        todo,
      };
    }),
  };
}

/**
 * A correction of a signed record: a new inspection that points to it, with its content and panel
 * copied as the starting draft. The panel revises and signs it; once locked it is what the public
 * reads, and the original stays beside it. Opened by the original's chair or by staff.
 */
export function amendInspection(actor: Actor | null, id: number, input: unknown, requestId: string): { id: number } {
  const who = authorize(actor, ['admin', 'staff', 'expert']);
  const body = parseInput(amendmentSchema, input);
  return runWrite(who, requestId, ({ tx, audit }) => {
    const original = inspectionById(tx, id);
    const seat = panelSeat(tx, id, who.id);
    if (!RECORD_KEEPERS.includes(who.role) && !seat?.chair) {
      throw new ForbiddenError(seat ? '只有专家组组长或工作人员可以发起更正。' : NOT_ON_PANEL);
    }
    if (original.historical) {
      throw new RuleViolationError('据公开报道录入的历史记录没有专家组签署，不能在此更正；请修改其来源记录。', {
        reason: ['原因：历史记录不能通过更正流程修改'],
      });
    }
    if (original.lockedAt === null) {
      throw new ConflictError('该意见尚未签署锁定，可直接修改，无需更正。');
    }
    if (tx.select({ id: inspections.id }).from(inspections).where(eq(inspections.amendsId, id)).get()) {
      throw new ConflictError('该意见已有一份更正记录；请在那份记录上继续。');
    }
    const { id: _id, createdAt: _c, updatedAt: _u, signedAt: _s, lockedAt: _l, version: _v, ...content } = original;
    const amendment = tx
      .insert(inspections)
      .values({ ...content, amendsId: id, amendmentReason: body.reason, createdBy: who.id, waiverReason: null })
      .returning()
      .get();
    const copy = <T extends { inspectionId: number }>(rows: T[], insert: (row: T) => void) => {
      for (const row of rows) insert(row);
    };
    copy(tx.select().from(inspectionAttendees).where(eq(inspectionAttendees.inspectionId, id)).all(), ({ id: _a, ...a }) =>
      tx
        .insert(inspectionAttendees)
        .values({ ...a, inspectionId: amendment.id })
        .run(),
    );
    copy(tx.select().from(inspectionCriteria).where(eq(inspectionCriteria.inspectionId, id)).all(), (c) =>
      tx
        .insert(inspectionCriteria)
        .values({ ...c, inspectionId: amendment.id })
        .run(),
    );
    copy(tx.select().from(inspectionFindings).where(eq(inspectionFindings.inspectionId, id)).all(), ({ id: _f, ...f }) =>
      tx
        .insert(inspectionFindings)
        .values({ ...f, inspectionId: amendment.id })
        .run(),
    );
    // Items carry their state along: a correction does not reopen work already verified.
    copy(
      tx.select().from(rectificationItems).where(eq(rectificationItems.inspectionId, id)).orderBy(asc(rectificationItems.id)).all(),
      ({ id: _r, createdAt: _rc, updatedAt: _ru, version: _rv, ...r }) =>
        tx
          .insert(rectificationItems)
          .values({ ...r, inspectionId: amendment.id })
          .run(),
    );
    const seats = tx.select().from(panelMembers).where(eq(panelMembers.inspectionId, id)).orderBy(asc(panelMembers.id)).all();
    for (const { id: seatId, ...m } of seats) {
      const newSeat = tx
        .insert(panelMembers)
        .values({ ...m, inspectionId: amendment.id })
        .returning()
        .get();
      for (const { id: _g, updatedAt: _gu, ...g } of tx.select().from(assessments).where(eq(assessments.panelMemberId, seatId)).all()) {
        tx.insert(assessments)
          .values({ ...g, inspectionId: amendment.id, panelMemberId: newSeat.id })
          .run();
      }
    }
    audit({ action: 'amend', entity: 'inspection', entityId: amendment.id, after: { amends: id, reason: body.reason } });
    return { id: amendment.id };
  });
}

/** Whether a rectification item's inspection is the one its lifecycle moves on. */
export function assertItemsMovable(tx: Tx, inspectionId: number) {
  const i = inspectionById(tx, inspectionId);
  if (i.lockedAt === null && !i.historical) throw new ConflictError('该意见尚未签署锁定；整改项在意见签署后才开始流转。');
  const amendment = tx
    .select({ id: inspections.id, lockedAt: inspections.lockedAt })
    .from(inspections)
    .where(eq(inspections.amendsId, inspectionId))
    .get();
  if (amendment) {
    throw new ConflictError(
      amendment.lockedAt
        ? '该意见已被更正；请在更正后的意见中处理整改项。'
        : '该意见正在更正中；更正签署后，整改项在更正后的意见中继续流转。',
    );
  }
  return i;
}
