import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import {
  assessments,
  documents,
  type Inspection,
  inspectionAttendees,
  inspectionCriteria,
  inspectionFindings,
  inspections,
  milestones,
  panelMembers,
  projectBuildings,
  projects,
  rectificationItems,
  signatures,
  sites,
  user,
} from '@/db/schema';
import type { InspectionReviewDto, InspectionStage, RectificationItemDetail } from '@/lib/api/review-dto';
import type { InspectionKind } from '@/lib/domain/codes';
import { byCriterionOrder, canonicalVerdict, proposeCriteria, type VerdictContent, verdictFromCriteria } from '@/lib/domain/panel';
import { bureauToday } from '@/lib/domain/partial-date';
import { isOverdue } from '@/lib/domain/rectification';
import { NotFoundError } from './errors';
import { loadMilestones, projectStatusOf } from './milestone-records';
import { loadApprovals } from './projects';
import { loadOrganisations, named, type OrgLookup } from './records';

/** What the panel sees and staff keep of an inspection while it is assessed, decided and signed. */

export function stageOf(i: Pick<Inspection, 'lockedAt' | 'historical' | 'verdict'>): InspectionStage {
  if (i.lockedAt !== null || i.historical) return 'locked';
  return i.verdict === null ? 'assessing' : 'signing';
}

export function inspectionById(tx: Tx, id: number): Inspection {
  const row = tx.select().from(inspections).where(eq(inspections.id, id)).get();
  if (!row) throw new NotFoundError('inspection', id);
  return row;
}

/** The verdict exactly as recorded, in the shape a signature covers (units by slug). */
export function verdictContentOf(tx: Tx, i: Inspection): VerdictContent | null {
  if (i.verdict === null) return null;
  const items = tx
    .select()
    .from(rectificationItems)
    .where(eq(rectificationItems.inspectionId, i.id))
    .orderBy(asc(rectificationItems.id))
    .all();
  const org = loadOrganisations(
    tx,
    items.map((r) => r.responsibleId),
  );
  return {
    verdict: i.verdict,
    unanimous: i.unanimous ?? true,
    dissent: i.dissent,
    conclusion: i.conclusionZh,
    criteria: tx
      .select({ criterion: inspectionCriteria.criterion, grade: inspectionCriteria.grade })
      .from(inspectionCriteria)
      .where(eq(inspectionCriteria.inspectionId, i.id))
      .all()
      .sort(byCriterionOrder),
    findings: tx
      .select({ criterion: inspectionFindings.criterion, text: inspectionFindings.textZh })
      .from(inspectionFindings)
      .where(eq(inspectionFindings.inspectionId, i.id))
      .orderBy(asc(inspectionFindings.position), asc(inspectionFindings.id))
      .all(),
    rectificationItems: items.map((r) => ({ description: r.descriptionZh, responsible: org(r.responsibleId)?.slug ?? null, due: r.due })),
  };
}

export function hashVerdict(content: VerdictContent): string {
  return createHash('sha256').update(canonicalVerdict(content)).digest('hex');
}

type ItemRow = typeof rectificationItems.$inferSelect;

/** Rectification items as staff and the panel work on them; `today` decides what is overdue. */
export function itemDetails(tx: Tx, rows: ItemRow[], today: string, org?: OrgLookup): RectificationItemDetail[] {
  const lookup =
    org ??
    loadOrganisations(
      tx,
      rows.map((r) => r.responsibleId),
    );
  const people = [...new Set(rows.flatMap((r) => [r.submittedBy, r.verifiedBy]).filter((id): id is string => id !== null))];
  const names = new Map(
    people.length
      ? tx
          .select({ id: user.id, name: user.name })
          .from(user)
          .where(inArray(user.id, people))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    description: r.descriptionZh,
    responsible: lookup(r.responsibleId),
    due: r.due,
    status: r.status,
    overdue: isOverdue(r, today),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedBy: name(r.submittedBy),
    submissionNote: r.submissionNote,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    verifiedBy: name(r.verifiedBy),
    verificationNote: r.verificationNote,
  }));
}

/**
 * One inspection for its panel and staff. `viewerId` is the caller's user id: their seat on the
 * panel, if any, becomes `me`. With `withContext` the project's file comes along (approvals,
 * milestones with earlier verdicts, documents), for the review form.
 */
export function loadInspectionReview(tx: Tx, id: number, viewerId: string | null, withContext = true): InspectionReviewDto {
  const i = inspectionById(tx, id);
  const found = tx
    .select({ milestone: milestones, project: projects, site: sites })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .where(eq(milestones.id, i.milestoneId))
    .get();
  if (!found) throw new NotFoundError('inspection', id);
  const { milestone, project, site } = found;
  const today = bureauToday();

  const panel = tx
    .select({ member: panelMembers, email: user.email, signedAt: signatures.signedAt })
    .from(panelMembers)
    .leftJoin(user, eq(user.id, panelMembers.userId))
    .leftJoin(signatures, eq(signatures.panelMemberId, panelMembers.id))
    .where(eq(panelMembers.inspectionId, id))
    .orderBy(asc(panelMembers.id))
    .all();
  // The chair first, as opinions list the panel.
  panel.sort((a, b) => Number(b.member.chair) - Number(a.member.chair));
  const grades = tx.select().from(assessments).where(eq(assessments.inspectionId, id)).orderBy(asc(assessments.id)).all();
  const attendees = tx
    .select()
    .from(inspectionAttendees)
    .where(eq(inspectionAttendees.inspectionId, id))
    .orderBy(asc(inspectionAttendees.id))
    .all();
  const items = tx
    .select()
    .from(rectificationItems)
    .where(eq(rectificationItems.inspectionId, id))
    .orderBy(asc(rectificationItems.id))
    .all();
  const org = loadOrganisations(tx, [i.organiserId, ...attendees.map((a) => a.organisationId), ...items.map((r) => r.responsibleId)]);
  const amendment = tx
    .select({ id: inspections.id, lockedAt: inspections.lockedAt, historical: inspections.historical, verdict: inspections.verdict })
    .from(inspections)
    .where(eq(inspections.amendsId, id))
    .get();

  const byMember = panel.map(({ member }) => ({
    panelMemberId: member.id,
    items: grades.filter((g) => g.panelMemberId === member.id).map((g) => ({ criterion: g.criterion, grade: g.grade, remarks: g.remarks })),
  }));
  const proposedCriteria = proposeCriteria(byMember.map((m) => m.items));
  const content = verdictContentOf(tx, i);
  const mine = viewerId === null ? undefined : panel.find((p) => p.member.userId === viewerId)?.member;
  const projectMilestones = loadMilestones(tx, [project.id]).get(project.id) ?? [];

  return {
    id: i.id,
    version: i.version,
    kind: milestone.kind as InspectionKind,
    sequence: milestone.sequence,
    milestoneId: milestone.id,
    date: i.date,
    organiser: org(i.organiserId),
    attendees: attendees.map((a) => ({ role: a.role, organisation: org(a.organisationId) })),
    stage: stageOf(i),
    historical: i.historical,
    lockedAt: i.lockedAt?.toISOString() ?? null,
    waiverReason: i.waiverReason,
    amends: i.amendsId === null ? null : { id: i.amendsId, reason: i.amendmentReason },
    amendedBy: amendment ? { id: amendment.id, stage: stageOf(amendment) } : null,
    project: {
      slug: project.slug,
      title: named(project.titleZh, project.titleEn),
      category: project.category,
      status: projectStatusOf(projectMilestones),
      site: { slug: site.slug, name: named(site.nameZh, site.nameEn) },
    },
    panel: panel.map(({ member, email, signedAt }) => ({
      id: member.id,
      name: member.displayName,
      email,
      chair: member.chair,
      assessed: grades.some((g) => g.panelMemberId === member.id),
      signedAt: signedAt?.toISOString() ?? null,
    })),
    me: mine ? { panelMemberId: mine.id, chair: mine.chair } : null,
    assessments: byMember,
    proposal: { verdict: verdictFromCriteria(proposedCriteria), criteria: proposedCriteria },
    verdict:
      content && i.verdict
        ? {
            verdict: i.verdict,
            unanimous: content.unanimous,
            dissent: content.dissent,
            conclusion: content.conclusion,
            criteria: content.criteria,
            findings: content.findings,
            rectificationItems: itemDetails(tx, items, today, org),
            contentHash: hashVerdict(content),
          }
        : null,
    context: withContext ? loadContext(tx, project.id, i.id, projectMilestones) : { approvals: [], milestones: [], documents: [] },
    today,
  };
}

function loadContext(tx: Tx, projectId: number, inspectionId: number, ms: InspectionReviewDto['context']['milestones']) {
  const buildingIds = tx
    .select({ id: projectBuildings.buildingId })
    .from(projectBuildings)
    .where(eq(projectBuildings.projectId, projectId))
    .all()
    .map((b) => b.id);
  const docs = tx
    .select({ id: documents.id, kind: documents.kind, title: documents.titleZh, public: documents.public })
    .from(documents)
    .where(or(eq(documents.projectId, projectId), eq(documents.inspectionId, inspectionId)))
    .orderBy(asc(documents.id))
    .all();
  return { approvals: loadApprovals(tx, { projectId, buildingIds }), milestones: ms, documents: docs };
}

/** Whether the user sits on this inspection's panel, and in which seat. */
export function panelSeat(tx: Tx, inspectionId: number, userId: string) {
  return tx
    .select()
    .from(panelMembers)
    .where(and(eq(panelMembers.inspectionId, inspectionId), eq(panelMembers.userId, userId)))
    .get();
}
