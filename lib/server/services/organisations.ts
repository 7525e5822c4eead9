import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { organisations } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import type { OrganisationListDto } from '@/lib/api/manage-dto';
import { organisationCreateSchema, organisationPatchSchema } from '@/lib/api/schemas';
import type { Actor } from '../actor';
import { ConflictError, NotFoundError } from '../errors';
import { authorize, parseInput, RECORD_KEEPERS, runWrite } from '../write';

/** Organisations are the admins' to keep; staff pick from them. */
const ORGANISATION_KEEPERS: Actor['role'][] = ['admin'];

export function listOrganisations(actor: Actor | null): OrganisationListDto {
  // Experts too: a chair names the unit responsible for each rectification item.
  authorize(actor, [...RECORD_KEEPERS, 'expert']);
  return {
    items: getDb()
      .select({
        slug: organisations.slug,
        nameZh: organisations.nameZh,
        nameEn: organisations.nameEn,
        kind: organisations.kind,
        adminLevel: organisations.adminLevel,
      })
      .from(organisations)
      .orderBy(asc(organisations.nameZh))
      .all()
      .map((o) => ({ slug: o.slug, name: { zh: o.nameZh, en: o.nameEn }, kind: o.kind, adminLevel: o.adminLevel })),
  };
}

export function createOrganisation(actor: Actor | null, input: unknown, requestId: string) {
  const who = authorize(actor, ORGANISATION_KEEPERS);
  const body = parseInput(organisationCreateSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    if (tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, body.slug)).get()) {
      throw new ConflictError(`网址标识“${body.slug}”已被使用。`, { slug: ['网址标识：已被其他单位使用'] });
    }
    const row = tx
      .insert(organisations)
      .values({ slug: body.slug, nameZh: body.name.zh, nameEn: body.name.en ?? null, kind: body.kind, adminLevel: body.adminLevel ?? null })
      .returning()
      .get();
    audit({ action: 'create', entity: 'organisation', entityId: row.id, after: row });
    touch(cacheTags.sites, cacheTags.projects);
    return row;
  });
}

export function updateOrganisation(actor: Actor | null, slug: string, input: unknown, requestId: string) {
  const who = authorize(actor, ORGANISATION_KEEPERS);
  const body = parseInput(organisationPatchSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = tx.select().from(organisations).where(eq(organisations.slug, slug)).get();
    if (!before) throw new NotFoundError('organisation', slug);
    const after = tx
      .update(organisations)
      .set({
        ...(body.name ? { nameZh: body.name.zh, nameEn: body.name.en ?? null } : {}),
        ...(body.kind ? { kind: body.kind } : {}),
        ...(body.adminLevel !== undefined ? { adminLevel: body.adminLevel } : {}),
        updatedAt: new Date(),
      })
      .where(eq(organisations.id, before.id))
      .returning()
      .get();
    audit({ action: 'update', entity: 'organisation', entityId: before.id, before, after });
    // Its name shows on many pages; the public caches are short lists, so refresh them all.
    touch(cacheTags.sites, cacheTags.projects);
    return after;
  });
}
