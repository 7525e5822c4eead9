import 'server-only';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { getDb } from '@/db/client';
import { auditEvents, inspections, milestones, projects, rectificationItems, user } from '@/db/schema';
import type { MilestoneDto } from '@/lib/api/dto';
import type { HistoryDto, HistoryItem, MilestoneResult } from '@/lib/api/manage-dto';
import { milestoneCreateSchema, milestonePatchSchema } from '@/lib/api/schemas';
import { REPEATABLE_MILESTONE_KINDS } from '@/lib/domain/codes';
import { checkMilestoneChange, type MilestoneFacts, type RuleFinding } from '@/lib/domain/milestones';
import { describeFinding } from '@/lib/i18n/rule-text';
import type { Actor } from '../actor';
import { InspectionLockedError, NotFoundError, RuleViolationError, StaleVersionError } from '../errors';
import { loadMilestones, toMilestoneFacts } from '../milestone-records';
import { localized } from '../records';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';
import { projectBySlug, projectTags } from './lookups';

function milestoneDto(tx: Tx, projectId: number, id: number): MilestoneDto {
  const found = loadMilestones(tx, [projectId])
    .get(projectId)
    ?.find((m) => m.id === id);
  if (!found) throw new NotFoundError('milestone', id);
  return found;
}

/** Refuses a change that breaks a rule between milestones (422), naming the date fields. */
function enforceRules(project: { category: string | null }, current: MilestoneDto[], change: MilestoneFacts): string[] {
  const findings = checkMilestoneChange(
    { category: (project.category ?? 'other') as 'other', milestones: toMilestoneFacts(current) },
    change,
  );
  const errors = findings.filter((f: RuleFinding) => f.severity === 'error').map((f) => describeFinding(f));
  if (errors.length) {
    const field = change.actual ? 'actual' : 'planned';
    throw new RuleViolationError(errors.join('；'), { [field]: errors });
  }
  return findings.filter((f) => f.severity === 'warning').map((f) => describeFinding(f));
}

const snapshot = (m: typeof milestones.$inferSelect) => ({
  kind: m.kind,
  sequence: m.sequence,
  planned: m.planned,
  actual: m.actual,
  note: m.noteZh,
  version: m.version,
});

export function createMilestone(actor: Actor | null, projectSlug: string, input: unknown, requestId: string): MilestoneResult {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(milestoneCreateSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const project = projectBySlug(tx, projectSlug);
    const same = tx
      .select({ sequence: milestones.sequence })
      .from(milestones)
      .where(and(eq(milestones.projectId, project.id), eq(milestones.kind, body.kind)))
      .all();
    if (same.length && !REPEATABLE_MILESTONE_KINDS.includes(body.kind)) {
      throw new RuleViolationError('该工程已有此节点；此类节点只能有一个，请修改已有节点。', {
        kind: ['节点类型：此类节点在一个工程中只能有一个'],
      });
    }
    const sequence = Math.max(0, ...same.map((m) => m.sequence)) + 1;
    const warnings = enforceRules(project, loadMilestones(tx, [project.id]).get(project.id) ?? [], {
      id: -1,
      kind: body.kind,
      sequence,
      planned: body.planned ?? null,
      actual: body.actual ?? null,
      inspection: null,
    });
    const row = tx
      .insert(milestones)
      .values({
        projectId: project.id,
        kind: body.kind,
        sequence,
        planned: body.planned ?? null,
        actual: body.actual ?? null,
        noteZh: body.note ?? null,
      })
      .returning()
      .get();
    audit({ action: 'create', entity: 'milestone', entityId: row.id, after: snapshot(row) });
    touch(...projectTags(tx, project));
    return { milestone: milestoneDto(tx, project.id, row.id), warnings };
  });
}

export function updateMilestone(actor: Actor | null, id: number, input: unknown, requestId: string): MilestoneResult {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(milestonePatchSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = tx.select().from(milestones).where(eq(milestones.id, id)).get();
    if (!before) throw new NotFoundError('milestone', id);
    const project = tx.select().from(projects).where(eq(projects.id, before.projectId)).get();
    if (!project) throw new NotFoundError('milestone', id);
    // The project's milestones, read once: the current one for a conflict, all of them for the rules.
    const all = loadMilestones(tx, [project.id]).get(project.id) ?? [];
    const current = all.find((m) => m.id === id) as MilestoneDto;
    if (before.version !== body.version) throw new StaleVersionError(current);
    const signed = current.inspection?.locked && !current.inspection.historical;
    if (signed && body.actual !== undefined && body.actual !== before.actual) {
      throw new InspectionLockedError('该节点的实际日期由专家组已签署的意见确定，不能直接修改；如有错误，请发起更正。');
    }

    const next = {
      planned: body.planned === undefined ? before.planned : body.planned,
      actual: body.actual === undefined ? before.actual : body.actual,
      noteZh: body.note === undefined ? before.noteZh : body.note,
    };
    const warnings = enforceRules(project, all, {
      ...(toMilestoneFacts([current])[0] as MilestoneFacts),
      planned: next.planned,
      actual: next.actual,
    });
    const after = tx
      .update(milestones)
      .set({ ...next, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(milestones.id, id), eq(milestones.version, body.version)))
      .returning()
      .get();
    // The version check above and this guarded update run in one synchronous transaction.
    if (!after) throw new StaleVersionError(current);
    audit({ action: 'update', entity: 'milestone', entityId: id, before: snapshot(before), after: snapshot(after) });
    touch(...projectTags(tx, project));
    const milestone: MilestoneDto = {
      ...current,
      planned: after.planned,
      actual: after.actual,
      note: localized(after.noteZh, after.noteEn),
      version: after.version,
    };
    return { milestone, warnings };
  });
}

function history(where: ReturnType<typeof or>): HistoryItem[] {
  return getDb()
    .select({ event: auditEvents, name: user.name, email: user.email })
    .from(auditEvents)
    .leftJoin(user, eq(user.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(200)
    .all()
    .map(({ event, name, email }) => ({
      at: event.at.toISOString(),
      actor: name && email ? { name, email } : { label: event.actorLabel ?? '—' },
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      before: event.before,
      after: event.after,
    }));
}

export function milestoneHistory(actor: Actor | null, id: number): HistoryDto {
  authorize(actor, RECORD_KEEPERS);
  const exists = getDb().select({ id: milestones.id }).from(milestones).where(eq(milestones.id, id)).get();
  if (!exists) throw new NotFoundError('milestone', id);
  return { items: history(and(eq(auditEvents.entity, 'milestone'), eq(auditEvents.entityId, String(id)))) };
}

/** The project's own events and those of its milestones, inspections and rectification items, newest first. */
export function projectHistory(actor: Actor | null, slug: string): HistoryDto {
  authorize(actor, RECORD_KEEPERS);
  const db = getDb();
  const project = projectBySlug(db, slug);
  const rows = db
    .select({ milestone: milestones.id, inspection: inspections.id, item: rectificationItems.id })
    .from(milestones)
    .leftJoin(inspections, eq(inspections.milestoneId, milestones.id))
    .leftJoin(rectificationItems, eq(rectificationItems.inspectionId, inspections.id))
    .where(eq(milestones.projectId, project.id))
    .all();
  // Documents stay in the audit trail after they are deleted, so they are found by the project named in the event.
  const ofDocuments = and(
    eq(auditEvents.entity, 'document'),
    sql`json_extract(coalesce(${auditEvents.after}, ${auditEvents.before}), '$.projectId') = ${project.id}`,
  );
  const ids = (key: 'milestone' | 'inspection' | 'item') => [...new Set(rows.flatMap((r) => (r[key] === null ? [] : [String(r[key])])))];
  const of = (entity: string, list: string[]) =>
    list.length ? and(eq(auditEvents.entity, entity), inArray(auditEvents.entityId, list)) : undefined;
  return {
    items: history(
      or(
        and(eq(auditEvents.entity, 'project'), eq(auditEvents.entityId, String(project.id))),
        of('milestone', ids('milestone')),
        of('inspection', ids('inspection')),
        of('rectification_item', ids('item')),
        ofDocuments,
      ),
    ),
  };
}
