import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { designations } from '@/db/schema';
import type { DesignationDto } from '@/lib/api/dto';
import { PROTECTION_LEVELS, type ProtectionLevel } from '@/lib/domain/codes';
import { loadOrganisations } from './records';

/** Designation histories of many sites in two statements, oldest first. */
export function loadDesignations(db: Db, siteIds: number[]): Map<number, DesignationDto[]> {
  const rows = siteIds.length
    ? db
        .select()
        .from(designations)
        .where(inArray(designations.siteId, siteIds))
        .orderBy(asc(designations.date), asc(designations.id))
        .all()
    : [];
  const org = loadOrganisations(
    db,
    rows.map((d) => d.issuerId),
  );
  const bySite = new Map<number, DesignationDto[]>(siteIds.map((id) => [id, []]));
  for (const d of rows) {
    bySite.get(d.siteId)?.push({
      id: d.id,
      level: d.level,
      batch: d.batch,
      date: d.date,
      issuer: org(d.issuerId),
      documentNumber: d.documentNumber,
      officialCode: d.officialCode,
    });
  }
  return bySite;
}

/**
 * A site's level is the highest it has been designated at (a site is not downgraded by a
 * later, lower listing); its batch is that designation's.
 */
export function currentLevel(history: DesignationDto[]): { level: ProtectionLevel; batch: number | null } | null {
  let best: DesignationDto | null = null;
  for (const d of history) {
    if (!best || PROTECTION_LEVELS.indexOf(d.level) < PROTECTION_LEVELS.indexOf(best.level)) best = d;
  }
  return best && { level: best.level, batch: best.batch };
}

export function siteLevels(db: Db, siteIds: number[]): Map<number, { level: ProtectionLevel; batch: number | null } | null> {
  const histories = loadDesignations(db, siteIds);
  return new Map(siteIds.map((id) => [id, currentLevel(histories.get(id) ?? [])]));
}
