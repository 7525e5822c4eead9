import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { auditEvents, inspections, milestones, projects, rectificationItems, user } from '@/db/schema';
import { DASHBOARD_LIST, DASHBOARD_PROJECTS, type DashboardDto, type DueMilestone, type OpenRectificationItem } from '@/lib/api/manage-dto';
import { bureauToday, toIsoRange } from '@/lib/domain/partial-date';
import { isOverdue } from '@/lib/domain/rectification';
import type { Actor } from '../actor';
import { isCurrentDecided } from '../inspection-records';
import { summarizeProjects } from '../projects';
import { authorize, RECORD_KEEPERS } from '../write';

const UPCOMING_DAYS = 90;

/** The staff's morning view: what is late, what is coming, what is open, what changed. */
export function getDashboard(actor: Actor | null, today = bureauToday()): DashboardDto {
  authorize(actor, RECORD_KEEPERS);
  const db = getDb();
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + UPCOMING_DAYS * 86_400_000).toISOString().slice(0, 10);

  // Every step not yet done, as two columns only, so the late ones can be counted by the partial-date
  // rule (a planned month is overdue only once the whole month has passed); the lists take the first.
  const open = db
    .select({ id: milestones.id, planned: milestones.planned })
    .from(milestones)
    .where(and(isNotNull(milestones.planned), isNull(milestones.actual)))
    .orderBy(asc(milestones.planned), asc(milestones.id))
    .all() as { id: number; planned: string }[];
  const late = open.filter((m) => toIsoRange(m.planned).end < today);
  const soon = open.filter((m) => toIsoRange(m.planned).end >= today && toIsoRange(m.planned).start <= horizon);
  const due = dueMilestones(
    db,
    [...late.slice(0, DASHBOARD_LIST), ...soon.slice(0, DASHBOARD_LIST)].map((m) => m.id),
  );
  const overdue = late.slice(0, DASHBOARD_LIST).flatMap((m) => due.get(m.id) ?? []);
  const upcoming = soon.slice(0, DASHBOARD_LIST).flatMap((m) => due.get(m.id) ?? []);

  const items = db
    .select({ id: rectificationItems.id, due: rectificationItems.due, status: rectificationItems.status })
    .from(rectificationItems)
    .innerJoin(inspections, eq(inspections.id, rectificationItems.inspectionId))
    .where(and(ne(rectificationItems.status, 'closed'), isCurrentDecided))
    .orderBy(asc(rectificationItems.due), asc(rectificationItems.id))
    .all();
  const lateItems = items.filter((i) => isOverdue(i, today));
  const pendingItems = items.filter((i) => !isOverdue(i, today));
  const openItems = openItemDetails(
    db,
    [...lateItems.slice(0, DASHBOARD_LIST), ...pendingItems.slice(0, DASHBOARD_LIST)].map((i) => i.id),
    today,
  );

  const recent = db
    .select({ event: auditEvents, name: user.name })
    .from(auditEvents)
    .leftJoin(user, eq(user.id, auditEvents.actorId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(20)
    .all()
    .map(({ event, name }) => ({
      at: event.at.toISOString(),
      actor: name ?? event.actorLabel ?? '—',
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
    }));

  const projectRows = db.select().from(projects).orderBy(desc(projects.updatedAt), desc(projects.id)).limit(DASHBOARD_PROJECTS).all();
  const { summaries } = summarizeProjects(db, projectRows);
  return {
    today,
    overdue,
    upcoming,
    openItems,
    recent,
    projects: summaries.map((s, i) => ({ ...s, published: projectRows[i]?.published ?? false })),
    totals: {
      overdue: late.length,
      upcoming: soon.length,
      overdueItems: lateItems.length,
      pendingItems: pendingItems.length,
      projects: db.select({ n: count() }).from(projects).all()[0]?.n ?? 0,
    },
  };
}

/** The listed steps with their projects, by id. */
function dueMilestones(db: Db, ids: number[]): Map<number, DueMilestone> {
  if (!ids.length) return new Map();
  return new Map(
    db
      .select({ m: milestones, slug: projects.slug, title: projects.titleZh })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(inArray(milestones.id, ids))
      .all()
      .map(({ m, slug, title }) => [
        m.id,
        { id: m.id, kind: m.kind, planned: m.planned as string, version: m.version, project: { slug, title } },
      ]),
  );
}

/** The listed rectification items with their inspection's kind and project, in the order of `ids`. */
function openItemDetails(db: Db, ids: number[], today: string): OpenRectificationItem[] {
  if (!ids.length) return [];
  const rows = new Map(
    db
      .select({ item: rectificationItems, slug: projects.slug, title: projects.titleZh, kind: milestones.kind })
      .from(rectificationItems)
      .innerJoin(inspections, eq(inspections.id, rectificationItems.inspectionId))
      .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .where(inArray(rectificationItems.id, ids))
      .all()
      .map((r) => [r.item.id, r]),
  );
  return ids.flatMap((id) => {
    const r = rows.get(id);
    if (!r) return [];
    const { item, slug, title, kind } = r;
    return [
      {
        id: item.id,
        description: item.descriptionZh,
        status: item.status,
        due: item.due,
        overdue: isOverdue(item, today),
        inspection: kind,
        project: { slug, title },
      },
    ];
  });
}
