import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { approvalBuildings, approvals, designations, organisations, projects } from '@/db/schema';
import { approvalCreateSchema, approvalPatchSchema } from '@/lib/api/schemas';
import { checkApproval } from '@/lib/domain/approvals';
import { describeFinding } from '@/lib/i18n/rule-text';
import type { Actor } from '../actor';
import { NotFoundError } from '../errors';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';
import { buildingIdsOfSite, organisationId, projectBySlug, projectTags } from './lookups';

type ApprovalBody = Partial<ReturnType<typeof approvalCreateSchema.parse>>;

/** Rule 6 is a warning, never a block: the expected approver depends on the level on that date. */
function approverWarnings(tx: Tx, siteId: number, row: typeof approvals.$inferSelect): string[] {
  if (!row.date || !row.authorityId || (row.subject !== 'project' && row.subject !== 'plan')) return [];
  const authority = tx.select().from(organisations).where(eq(organisations.id, row.authorityId)).get();
  if (!authority?.adminLevel) return [];
  const history = tx
    .select({ level: designations.level, date: designations.date })
    .from(designations)
    .where(eq(designations.siteId, siteId))
    .all();
  return checkApproval({ subject: row.subject, date: row.date, authorityLevel: authority.adminLevel, designations: history }).map((f) =>
    describeFinding(f),
  );
}

function values(tx: Tx, body: ApprovalBody) {
  return {
    ...(body.subject ? { subject: body.subject } : {}),
    ...(body.subjectText ? { subjectTextZh: body.subjectText.zh ?? null, subjectTextEn: body.subjectText.en ?? null } : {}),
    ...(body.authority !== undefined ? { authorityId: organisationId(tx, body.authority, 'authority') } : {}),
    ...(body.date !== undefined ? { date: body.date } : {}),
    ...(body.documentNumber !== undefined ? { documentNumber: body.documentNumber } : {}),
    ...(body.decision ? { decision: body.decision } : {}),
  };
}

function setBuildings(tx: Tx, approvalId: number, ids: number[]) {
  tx.delete(approvalBuildings).where(eq(approvalBuildings.approvalId, approvalId)).run();
  for (const buildingId of ids) tx.insert(approvalBuildings).values({ approvalId, buildingId }).run();
}

export function createApproval(actor: Actor | null, projectSlug: string, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(approvalCreateSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const project = projectBySlug(tx, projectSlug);
    const row = tx
      .insert(approvals)
      .values({ siteId: project.siteId, projectId: project.id, subject: body.subject, decision: body.decision, ...values(tx, body) })
      .returning()
      .get();
    if (body.buildings) setBuildings(tx, row.id, buildingIdsOfSite(tx, project.siteId, body.buildings));
    audit({ action: 'create', entity: 'approval', entityId: row.id, after: { ...row, buildings: body.buildings ?? [] } });
    touch(...projectTags(tx, project));
    return { approval: row, warnings: approverWarnings(tx, project.siteId, row) };
  });
}

export function updateApproval(actor: Actor | null, id: number, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(approvalPatchSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = tx.select().from(approvals).where(eq(approvals.id, id)).get();
    if (!before) throw new NotFoundError('approval', id);
    const after = tx
      .update(approvals)
      .set({ ...values(tx, body), updatedAt: new Date() })
      .where(eq(approvals.id, id))
      .returning()
      .get();
    if (!after) throw new NotFoundError('approval', id);
    if (body.buildings) setBuildings(tx, id, buildingIdsOfSite(tx, before.siteId, body.buildings));
    audit({ action: 'update', entity: 'approval', entityId: id, before, after });
    const project = before.projectId ? tx.select().from(projects).where(eq(projects.id, before.projectId)).get() : undefined;
    if (project) touch(...projectTags(tx, project));
    return { approval: after, warnings: approverWarnings(tx, before.siteId, after) };
  });
}
