import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { buildings, designations, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import {
  buildingCreateSchema,
  buildingPatchSchema,
  designationCreateSchema,
  designationPatchSchema,
  siteCreateSchema,
  sitePatchSchema,
} from '@/lib/api/schemas';
import type { Actor } from '../actor';
import { ConflictError, NotFoundError } from '../errors';
import { authorize, parseInput, RECORD_KEEPERS, runWrite, type WriteContext } from '../write';
import { organisationId, siteBySlug } from './lookups';

/** The site aggregate: the site, its designation history and its buildings. */

function siteTags(tx: Tx, siteId: number): string[] {
  const ids = tx.select({ id: projects.id }).from(projects).where(eq(projects.siteId, siteId)).all();
  const bs = tx.select({ id: buildings.id }).from(buildings).where(eq(buildings.siteId, siteId)).all();
  return [
    cacheTags.sites,
    cacheTags.projects,
    cacheTags.site(siteId),
    ...ids.map((p) => cacheTags.project(p.id)),
    ...bs.map((b) => cacheTags.building(b.id)),
  ];
}

function siteValues(body: Partial<ReturnType<typeof siteCreateSchema.parse>>) {
  return {
    ...(body.name ? { nameZh: body.name.zh, nameEn: body.name.en ?? null } : {}),
    ...(body.aliases ? { aliases: body.aliases } : {}),
    ...(body.category ? { category: body.category } : {}),
    ...(body.address ? { addressZh: body.address.zh ?? null, addressEn: body.address.en ?? null } : {}),
    ...(body.district !== undefined ? { district: body.district } : {}),
    ...(body.foundedYear !== undefined ? { foundedYear: body.foundedYear } : {}),
    ...(body.description ? { descriptionZh: body.description.zh ?? null, descriptionEn: body.description.en ?? null } : {}),
  };
}

export function createSite(actor: Actor | null, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(siteCreateSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    if (tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, body.slug)).get()) {
      throw new ConflictError(`网址标识“${body.slug}”已被使用。`, { slug: ['网址标识：已被其他文物保护单位使用'] });
    }
    const row = tx
      .insert(sites)
      .values({ slug: body.slug, nameZh: body.name.zh, category: body.category, ...siteValues(body) })
      .returning()
      .get();
    audit({ action: 'create', entity: 'site', entityId: row.id, after: row });
    touch(cacheTags.sites);
    return row;
  });
}

export function updateSite(actor: Actor | null, slug: string, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(sitePatchSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = siteBySlug(tx, slug);
    const after = tx
      .update(sites)
      .set({ ...siteValues(body), updatedAt: new Date() })
      .where(eq(sites.id, before.id))
      .returning()
      .get();
    audit({ action: 'update', entity: 'site', entityId: before.id, before, after });
    touch(...siteTags(tx, before.id));
    return after;
  });
}

function designationValues(tx: Tx, body: Partial<ReturnType<typeof designationCreateSchema.parse>>) {
  return {
    ...(body.level ? { level: body.level } : {}),
    ...(body.batch !== undefined ? { batch: body.batch } : {}),
    ...(body.date !== undefined ? { date: body.date } : {}),
    ...(body.issuer !== undefined ? { issuerId: organisationId(tx, body.issuer, 'issuer') } : {}),
    ...(body.documentNumber !== undefined ? { documentNumber: body.documentNumber } : {}),
    ...(body.officialCode !== undefined ? { officialCode: body.officialCode } : {}),
  };
}

export function createDesignation(actor: Actor | null, siteSlug: string, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(designationCreateSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const site = siteBySlug(tx, siteSlug);
    const row = tx
      .insert(designations)
      .values({ siteId: site.id, level: body.level, ...designationValues(tx, body) })
      .returning()
      .get();
    audit({ action: 'create', entity: 'designation', entityId: row.id, after: row });
    touch(...siteTags(tx, site.id));
    return row;
  });
}

export function updateDesignation(actor: Actor | null, id: number, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(designationPatchSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = tx.select().from(designations).where(eq(designations.id, id)).get();
    if (!before) throw new NotFoundError('designation', id);
    const after = tx.update(designations).set(designationValues(tx, body)).where(eq(designations.id, id)).returning().get();
    audit({ action: 'update', entity: 'designation', entityId: id, before, after });
    touch(...siteTags(tx, before.siteId));
    return after;
  });
}

function buildingValues(body: Partial<ReturnType<typeof buildingCreateSchema.parse>>) {
  return {
    ...(body.name ? { nameZh: body.name.zh, nameEn: body.name.en ?? null } : {}),
    ...(body.aliases ? { aliases: body.aliases } : {}),
    ...(body.originalUse ? { originalUseZh: body.originalUse.zh ?? null, originalUseEn: body.originalUse.en ?? null } : {}),
    ...(body.builtYear !== undefined ? { builtYear: body.builtYear } : {}),
    ...(body.floorAreaM2 !== undefined ? { floorAreaM2: body.floorAreaM2 } : {}),
    ...(body.condition !== undefined ? { condition: body.condition } : {}),
    ...(body.description ? { descriptionZh: body.description.zh ?? null, descriptionEn: body.description.en ?? null } : {}),
  };
}

function buildingOf(w: WriteContext, siteSlug: string, slug: string) {
  const site = siteBySlug(w.tx, siteSlug);
  const row = w.tx
    .select()
    .from(buildings)
    .where(and(eq(buildings.siteId, site.id), eq(buildings.slug, slug)))
    .get();
  if (!row) throw new NotFoundError('building', slug);
  return row;
}

export function createBuilding(actor: Actor | null, siteSlug: string, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(buildingCreateSchema, input);
  return runWrite(who, requestId, (w) => {
    const site = siteBySlug(w.tx, siteSlug);
    const taken = w.tx
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.siteId, site.id), eq(buildings.slug, body.slug)))
      .get();
    if (taken) throw new ConflictError(`网址标识“${body.slug}”已被使用。`, { slug: ['网址标识：本单位已有同名建筑标识'] });
    const count = w.tx.select({ id: buildings.id }).from(buildings).where(eq(buildings.siteId, site.id)).all().length;
    const row = w.tx
      .insert(buildings)
      .values({ siteId: site.id, slug: body.slug, nameZh: body.name.zh, position: count, ...buildingValues(body) })
      .returning()
      .get();
    w.audit({ action: 'create', entity: 'building', entityId: row.id, after: row });
    w.touch(...siteTags(w.tx, site.id));
    return row;
  });
}

export function updateBuilding(actor: Actor | null, siteSlug: string, slug: string, input: unknown, requestId: string) {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parseInput(buildingPatchSchema, input);
  return runWrite(who, requestId, (w) => {
    const before = buildingOf(w, siteSlug, slug);
    const after = w.tx
      .update(buildings)
      .set({ ...buildingValues(body), updatedAt: new Date() })
      .where(eq(buildings.id, before.id))
      .returning()
      .get();
    w.audit({ action: 'update', entity: 'building', entityId: before.id, before, after });
    w.touch(...siteTags(w.tx, before.siteId));
    return after;
  });
}
