/**
 * Dates as whole days since 1970-01-01, turned into the partial dates the schema stores
 * (YYYY, YYYY-MM, YYYY-MM-DD) and into the epoch milliseconds of system timestamps.
 */
import type { PartialDate } from '../../lib/domain/partial-date';
import type { Rng } from './prng';

const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The day the generated records stand at ("as of"): fixed, so every run writes the same rows.
 * Milestones after it are planned, not done; rectification items due before it may be overdue.
 */
export const AS_OF = '2026-06-30';

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`) / DAY_MS);
}

export const AS_OF_DAY = dayOf(AS_OF);

/** Formatted days, kept: a million milestones share some ten thousand distinct days. */
const isoCache = new Map<number, string>();

export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * A date as a record gives it: mostly the day, sometimes only the month ("2020年7月开工"), rarely
 * only the year. Cutting a later date never puts it before an earlier one at the coarser
 * precision, so the milestone order rules keep holding.
 */
export function partialDate(rng: Rng, day: number, monthShare = 0.2, yearShare = 0.04): PartialDate {
  const iso = isoDay(day);
  const r = rng.next();
  if (r < yearShare) return iso.slice(0, 4);
  if (r < yearShare + monthShare) return iso.slice(0, 7);
  return iso;
}

/** A moment on that Beijing day, at hour:minute local time, as epoch milliseconds. */
export function beijingMs(day: number, hour: number, minute = 0): number {
  return day * DAY_MS + hour * 3_600_000 + minute * 60_000 - BEIJING_OFFSET_MS;
}

/** When the reference records (sites, buildings, organisations, accounts) were entered: 2024-01-01 09:00 Beijing, plus their id in ms. */
export const LOAD_MS = beijingMs(dayOf('2024-01-01'), 9);
