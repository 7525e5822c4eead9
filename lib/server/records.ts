import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { organisations, type SOURCED_ENTITIES, sourceLinks, sources } from '@/db/schema';
import type { LocalizedText, OrganisationRef, SourceDto } from '@/lib/api/dto';

/** Shared by the read models: turning rows into DTO pieces. */

/** Rows grouped by a key, each group in the rows' order (Map.groupBy needs Node 21). */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function localized(zh: string | null, en: string | null): LocalizedText | null {
  return zh ? { zh, en } : null;
}

/** For names that are never empty. */
export function named(zh: string, en: string | null): LocalizedText {
  return { zh, en };
}

export type OrgLookup = (id: number | null) => OrganisationRef | null;

/** Loads the organisations behind a set of ids in one statement. */
export function loadOrganisations(db: Tx, ids: (number | null)[]): OrgLookup {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const rows = wanted.length ? db.select().from(organisations).where(inArray(organisations.id, wanted)).all() : [];
  const byId = new Map(
    rows.map((o) => [o.id, { slug: o.slug, name: named(o.nameZh, o.nameEn), adminLevel: o.adminLevel } satisfies OrganisationRef]),
  );
  return (id) => (id === null ? null : (byId.get(id) ?? null));
}

/** The distinct sources cited by any of these records, in one statement, oldest first. */
export function loadSources(db: Tx, cited: { entity: (typeof SOURCED_ENTITIES)[number]; ids: number[] }[]): SourceDto[] {
  const conditions = cited
    .filter((c) => c.ids.length > 0)
    .map((c) => and(eq(sourceLinks.entity, c.entity), inArray(sourceLinks.entityId, c.ids)));
  if (!conditions.length) return [];
  return db
    .selectDistinct({ source: sources })
    .from(sourceLinks)
    .innerJoin(sources, eq(sources.id, sourceLinks.sourceId))
    .where(or(...conditions))
    .orderBy(sources.id)
    .all()
    .map(({ source: s }) => ({
      key: s.key,
      title: named(s.titleZh, s.titleEn),
      publisher: s.publisher,
      author: s.author,
      published: s.published,
      url: s.url,
      citation: s.citation,
    }));
}
