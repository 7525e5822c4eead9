import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, inspections, milestones, projects, rectificationItems, user } from '@/db/schema';
import type { DashboardDto, DueMilestone } from '@/lib/api/manage-dto';
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

  const planned = db
    .select({ m: milestones, slug: projects.slug, title: projects.titleZh })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(isNotNull(milestones.planned), isNull(milestones.actual)))
    .orderBy(asc(milestones.planned))
    .all()
    .map(
      ({ m, slug, title }): DueMilestone => ({
        id: m.id,
        kind: m.kind,
        planned: m.planned as string,
        version: m.version,
        project: { slug, title },
      }),
    );
  // A planned month is overdue only once the whole month has passed.
  const overdue = planned.filter((m) => toIsoRange(m.planned).end < today);
  const upcoming = planned.filter((m) => toIsoRange(m.planned).end >= today && toIsoRange(m.planned).start <= horizon);

  const openItems = db
    .select({ item: rectificationItems, slug: projects.slug, title: projects.titleZh, kind: milestones.kind })
    .from(rectificationItems)
    .innerJoin(inspections, eq(inspections.id, rectificationItems.inspectionId))
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(ne(rectificationItems.status, 'closed'), isCurrentDecided))
    .orderBy(asc(rectificationItems.due))
    .all()
    .map(({ item, slug, title, kind }) => ({
      id: item.id,
      description: item.descriptionZh,
      status: item.status,
      due: item.due,
      overdue: isOverdue(item, today),
      inspection: kind,
      project: { slug, title },
    }));

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

  const projectRows = db.select().from(projects).orderBy(desc(projects.updatedAt)).all();
  const { summaries } = summarizeProjects(db, projectRows);
  return {
    today,
    overdue,
    upcoming,
    openItems,
    recent,
    projects: summaries.map((s, i) => ({ ...s, published: projectRows[i]?.published ?? false })),
  };
}
