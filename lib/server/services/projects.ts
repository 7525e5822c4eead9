import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { projectBuildings, projectParticipants, projects } from '@/db/schema';
import { projectCreateSchema, projectPatchSchema } from '@/lib/api/schemas';
import type { Actor } from '../actor';
import { ConflictError, NotFoundError } from '../errors';
import { getProjectForStaff } from '../projects';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';
import { buildingIdsOfSite, organisationId, projectBySlug, projectTags, siteBySlug } from './lookups';

/** A readable, unique slug from the English title (or a numbered fallback). */
function slugFor(tx: Tx, title: { zh: string; en?: string | null }): string {
  const base =
    (title.en ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'project';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    // "new" is the workspace's page for creating a project, not a project.
    if (candidate !== 'new' && !tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, candidate)).get()) return candidate;
  }
}

function setParticipants(tx: Tx, projectId: number, list: { organisation: string; role: string }[]) {
  tx.delete(projectParticipants).where(eq(projectParticipants.projectId, projectId)).run();
  list.forEach((p, i) => {
    const orgId = organisationId(tx, p.organisation, `participants.${i}.organisation`) as number;
    tx.insert(projectParticipants)
      .values({ projectId, organisationId: orgId, role: p.role as 'owner' })
      .onConflictDoNothing()
      .run();
  });
}

function setBuildings(tx: Tx, projectId: number, ids: number[]) {
  tx.delete(projectBuildings).where(eq(projectBuildings.projectId, projectId)).run();
  for (const buildingId of ids) tx.insert(projectBuildings).values({ projectId, buildingId }).run();
}

const snapshot = (p: typeof projects.$inferSelect, buildings?: string[]) => ({
  slug: p.slug,
  title: { zh: p.titleZh, en: p.titleEn },
  category: p.category,
  published: p.published,
  ...(buildings ? { buildings } : {}),
});

export function createProject(actor: Actor | null, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(projectCreateSchema, input);
  const slug = runWrite(who, requestId, ({ tx, audit, touch }) => {
    const site = siteBySlug(tx, body.site);
    if (body.slug && tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, body.slug)).get()) {
      throw new ConflictError(`网址标识“${body.slug}”已被使用。`, { slug: ['网址标识：已被其他工程使用'] });
    }
    const buildingIds = buildingIdsOfSite(tx, site.id, body.buildings);
    const row = tx
      .insert(projects)
      .values({
        slug: body.slug ?? slugFor(tx, body.title),
        siteId: site.id,
        category: body.category,
        titleZh: body.title.zh,
        titleEn: body.title.en ?? null,
        descriptionZh: body.description?.zh ?? null,
        descriptionEn: body.description?.en ?? null,
        published: body.published ?? false,
      })
      .returning()
      .get();
    setBuildings(tx, row.id, buildingIds);
    if (body.participants) setParticipants(tx, row.id, body.participants);
    audit({ action: 'create', entity: 'project', entityId: row.id, after: snapshot(row, body.buildings) });
    touch(...projectTags(tx, row));
    return row.slug;
  });
  return getProjectForStaff(slug);
}

export function updateProject(actor: Actor | null, slug: string, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(projectPatchSchema, input);
  runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = projectBySlug(tx, slug);
    // Tags of the buildings it covered before the change too: they may lose it.
    touch(...projectTags(tx, before));
    if (body.buildings) setBuildings(tx, before.id, buildingIdsOfSite(tx, before.siteId, body.buildings));
    if (body.participants) setParticipants(tx, before.id, body.participants);
    const after = tx
      .update(projects)
      .set({
        ...(body.title ? { titleZh: body.title.zh, titleEn: body.title.en ?? null } : {}),
        ...(body.category ? { category: body.category } : {}),
        ...(body.description ? { descriptionZh: body.description.zh ?? null, descriptionEn: body.description.en ?? null } : {}),
        ...(body.published !== undefined ? { published: body.published } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(projects.id, before.id)))
      .returning()
      .get();
    if (!after) throw new NotFoundError('project', slug);
    audit({ action: 'update', entity: 'project', entityId: before.id, before: snapshot(before), after: snapshot(after, body.buildings) });
    touch(...projectTags(tx, after));
  });
  return getProjectForStaff(slug);
}
