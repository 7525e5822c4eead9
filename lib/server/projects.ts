import 'server-only';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { approvalBuildings, approvals, buildings, projectBuildings, projectParticipants, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { ApprovalDto, MilestoneDto, ProjectDetail, ProjectSummary } from '@/lib/api/dto';
import { checkMilestones } from '@/lib/domain/milestones';
import { siteLevels } from './designations';
import { evidencePairs, publicProjectDocuments } from './documents-read';
import { loadMilestones, projectStatusOf, toMilestoneFacts } from './milestone-records';
import { loadOrganisations, loadSources, localized, named } from './records';

type ProjectRow = typeof projects.$inferSelect;

/** Summaries (with derived status) of published projects, in a fixed number of statements. */
export function summarizeProjects(db: Db, rows: ProjectRow[]): { summaries: ProjectSummary[]; milestones: Map<number, MilestoneDto[]> } {
  const ids = rows.map((p) => p.id);
  const ms = loadMilestones(db, ids);
  const covered = ids.length
    ? db
        .select({ projectId: projectBuildings.projectId, slug: buildings.slug })
        .from(projectBuildings)
        .innerJoin(buildings, eq(buildings.id, projectBuildings.buildingId))
        .where(inArray(projectBuildings.projectId, ids))
        .orderBy(asc(buildings.position))
        .all()
    : [];
  const summaries = rows.map((p) => ({
    slug: p.slug,
    title: named(p.titleZh, p.titleEn),
    category: p.category,
    status: projectStatusOf(ms.get(p.id) ?? []),
    buildings: covered.filter((c) => c.projectId === p.id).map((c) => c.slug),
  }));
  return { summaries, milestones: ms };
}

/** Approvals of a project, and those of other records that cover any of its buildings. */
export function loadApprovals(db: Db, where: { projectId?: number; buildingIds: number[] }): ApprovalDto[] {
  const viaBuildings = where.buildingIds.length
    ? db
        .selectDistinct({ id: approvalBuildings.approvalId })
        .from(approvalBuildings)
        .where(inArray(approvalBuildings.buildingId, where.buildingIds))
        .all()
        .map((r) => r.id)
    : [];
  const conditions = [
    where.projectId !== undefined ? eq(approvals.projectId, where.projectId) : undefined,
    viaBuildings.length ? inArray(approvals.id, viaBuildings) : undefined,
  ].filter((c) => c !== undefined);
  if (!conditions.length) return [];
  const rows = db
    .select({ approval: approvals, projectSlug: projects.slug, projectPublished: projects.published })
    .from(approvals)
    .leftJoin(projects, eq(projects.id, approvals.projectId))
    .where(or(...conditions))
    .orderBy(asc(approvals.date))
    .all()
    // An approval belonging to an unpublished project is not shown anywhere else either.
    .filter((r) => r.approval.projectId === null || r.approval.projectId === where.projectId || r.projectPublished);
  const ids = rows.map((r) => r.approval.id);
  const covered = ids.length
    ? db
        .select({ approvalId: approvalBuildings.approvalId, slug: buildings.slug })
        .from(approvalBuildings)
        .innerJoin(buildings, eq(buildings.id, approvalBuildings.buildingId))
        .where(inArray(approvalBuildings.approvalId, ids))
        .orderBy(asc(buildings.position))
        .all()
    : [];
  const org = loadOrganisations(
    db,
    rows.map((r) => r.approval.authorityId),
  );
  return rows.map(({ approval: a, projectSlug, projectPublished }) => ({
    id: a.id,
    date: a.date,
    authority: org(a.authorityId),
    decision: a.decision,
    subject: a.subject,
    subjectText: localized(a.subjectTextZh, a.subjectTextEn),
    documentNumber: a.documentNumber,
    buildings: covered.filter((c) => c.approvalId === a.id).map((c) => c.slug),
    project: projectSlug && projectPublished && a.projectId !== where.projectId ? projectSlug : null,
  }));
}

/** A published project's whole public story, or null when there is none to show. */
export async function getProject(slug: string): Promise<ProjectDetail | null> {
  'use cache';
  cacheLife('hours');
  const db = getDb();
  const p = db
    .select()
    .from(projects)
    .where(and(eq(projects.slug, slug), eq(projects.published, true)))
    .get();
  if (!p) {
    cacheTag(cacheTags.projects);
    return null;
  }
  cacheTag(cacheTags.project(p.id), cacheTags.site(p.siteId));
  return projectDetail(db, p);
}

/** Any project, published or not, read fresh: for the staff workspace. */
export function getProjectForStaff(slug: string): ProjectDetail | null {
  const db = getDb();
  const p = db.select().from(projects).where(eq(projects.slug, slug)).get();
  return p ? projectDetail(db, p) : null;
}

/** Whether a project of that slug exists, published or not: the workspace's 404 for a stale link. */
export function projectExistsForStaff(slug: string): boolean {
  return getDb().select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)).get() !== undefined;
}

function projectDetail(db: Db, p: ProjectRow): ProjectDetail | null {
  const site = db.select().from(sites).where(eq(sites.id, p.siteId)).get();
  if (!site) return null;

  const { summaries, milestones } = summarizeProjects(db, [p]);
  const summary = summaries[0] as ProjectSummary;
  const ms = milestones.get(p.id) ?? [];
  const buildingRows = db
    .select({ id: buildings.id, slug: buildings.slug, nameZh: buildings.nameZh, nameEn: buildings.nameEn })
    .from(projectBuildings)
    .innerJoin(buildings, eq(buildings.id, projectBuildings.buildingId))
    .where(eq(projectBuildings.projectId, p.id))
    .orderBy(asc(buildings.position))
    .all();
  const participantRows = db
    .select()
    .from(projectParticipants)
    .where(eq(projectParticipants.projectId, p.id))
    .orderBy(asc(projectParticipants.id))
    .all();
  const org = loadOrganisations(
    db,
    participantRows.map((r) => r.organisationId),
  );
  const approvalDtos = loadApprovals(db, { projectId: p.id, buildingIds: buildingRows.map((b) => b.id) });
  const documentDtos = publicProjectDocuments(db, p.id);

  return {
    ...summary,
    published: p.published,
    description: localized(p.descriptionZh, p.descriptionEn),
    site: { slug: site.slug, name: named(site.nameZh, site.nameEn), level: siteLevels(db, [site.id]).get(site.id)?.level ?? null },
    buildings: buildingRows.map((b) => ({ slug: b.slug, name: named(b.nameZh, b.nameEn) })),
    participants: participantRows.flatMap((r) => {
      const organisation = org(r.organisationId);
      return organisation ? [{ organisation, role: r.role }] : [];
    }),
    approvals: approvalDtos,
    milestones: ms,
    findings: checkMilestones({ category: p.category ?? 'other', milestones: toMilestoneFacts(ms) }),
    sources: loadSources(db, [
      { entity: 'project', ids: [p.id] },
      { entity: 'approval', ids: approvalDtos.map((a) => a.id) },
      { entity: 'milestone', ids: ms.map((m) => m.id) },
      { entity: 'inspection', ids: ms.flatMap((m) => (m.inspection ? [m.inspection.id] : [])) },
    ]),
    documents: documentDtos,
    rectificationEvidence: evidencePairs(db, documentDtos),
  };
}
