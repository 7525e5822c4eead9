/**
 * How the national-scale data is mixed: protection levels, site categories, national batches,
 * project categories and stages, verdicts. Real figures where public ones exist (cited beside
 * them); otherwise a plausible mix, said so.
 */
import type { ProjectCategory, ProjectStatus, ProtectionLevel, SiteCategory, Verdict } from '../../lib/domain/codes';

/**
 * Levels of the sites a bureau tracks: national key units about 1%, provincial about 10%, the rest
 * municipal and county units, and a few registered but ungraded relics. (Nationally 5,058 national
 * key units among ~767,000 registered relics, but a tracker holds mostly protected units.)
 */
export const LEVEL_WEIGHTS: readonly (readonly [ProtectionLevel, number])[] = [
  ['national', 1],
  ['provincial', 10],
  ['municipal', 29],
  ['county', 55],
  ['ungraded', 5],
];

/**
 * Categories in the proportions of China's Third National Survey of Cultural Relics (2007–2011):
 * 766,722 immovable relics, of which 古建筑 263,885, 古遗址 193,282, 近现代重要史迹及代表性建筑
 * 141,449, 古墓葬 139,458, 石窟寺及石刻 24,422, 其他 4,226.
 */
export const CATEGORY_WEIGHTS: readonly (readonly [SiteCategory, number])[] = [
  ['ancient_site', 193282],
  ['ancient_tomb', 139458],
  ['ancient_building', 263885],
  ['cave_temple_stone_carving', 24422],
  ['modern_historic', 141449],
  ['other', 4226],
];

/** The eight national batches (DOMAIN.md): announcement date, State Council notice, units listed. */
export const NATIONAL_BATCHES = [
  { batch: 1, date: '1961-03-04', documentNumber: null, units: 180 },
  { batch: 2, date: '1982-02-23', documentNumber: '国发〔1982〕24号', units: 62 },
  { batch: 3, date: '1988-01-13', documentNumber: '国发〔1988〕5号', units: 258 },
  { batch: 4, date: '1996-11-20', documentNumber: '国发〔1996〕47号', units: 250 },
  { batch: 5, date: '2001-06-25', documentNumber: '国发〔2001〕25号', units: 518 },
  { batch: 6, date: '2006-05-25', documentNumber: '国发〔2006〕19号', units: 1080 },
  { batch: 7, date: '2013-03-05', documentNumber: '国发〔2013〕13号', units: 1943 },
  { batch: 8, date: '2019-10-07', documentNumber: '国发〔2019〕22号', units: 762 },
] as const;

/** Years in which provinces, cities and counties published batches (synthetic: each province has its own). */
export const PROVINCIAL_BATCH_YEARS = [1957, 1963, 1981, 1986, 1992, 2000, 2006, 2008, 2013, 2016, 2019, 2021] as const;
export const LOCAL_BATCH_YEARS = [1983, 1987, 1991, 1995, 1999, 2003, 2007, 2010, 2012, 2015, 2018, 2021, 2023] as const;
/** Ungraded relics were registered by the Third National Survey. */
export const SURVEY_YEARS = [2009, 2010, 2011] as const;

/** Chance that a site's history shows an earlier, lower listing before its current level (如二砂: 省保 then 国保). */
export const EARLIER_LISTING: Record<ProtectionLevel, number> = {
  national: 0.85,
  provincial: 0.5,
  municipal: 0.25,
  county: 0,
  ungraded: 0,
};

/** Projects per site lean to the higher levels: a national key unit sees more works than a county one. */
export const PROJECT_SITE_WEIGHT: Record<ProtectionLevel, number> = {
  national: 5,
  provincial: 2.5,
  municipal: 1.2,
  county: 0.8,
  ungraded: 0.4,
};

/** Buildings per site by category: a temple complex has many halls, a tomb group few parts. */
export const BUILDINGS_PER_SITE: Record<SiteCategory, readonly [number, number]> = {
  ancient_building: [2, 10],
  modern_historic: [2, 10],
  ancient_site: [1, 8],
  ancient_tomb: [1, 8],
  cave_temple_stone_carving: [2, 9],
  other: [1, 5],
};

/** Project categories (DOMAIN.md), repairs the most common. A plausible mix, not an official figure. */
export const PROJECT_CATEGORY_WEIGHTS: readonly (readonly [ProjectCategory, number])[] = [
  ['repair', 51],
  ['maintenance', 12],
  ['emergency_reinforcement', 14],
  ['protective_facility', 14],
  ['relocation', 1],
  ['other', 8],
];

/**
 * How far a project has got, as its derived status (lib/domain/project-status.ts): many complete,
 * many in progress, some only planned. `rectifying` is a project whose latest acceptance asked for
 * rectification still open.
 */
export type Stage = ProjectStatus;

export const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['initiating', 12],
  ['approved', 6],
  ['plan_approved', 9],
  ['under_construction', 18],
  ['awaiting_acceptance', 8],
  ['rectifying', 7],
  ['accepted', 25],
  ['archived', 15],
];

/** Share of projects published on the public pages; those still being initiated are kept back more often. */
export const PUBLISHED_SHARE = 0.9;
export const PUBLISHED_SHARE_INITIATING = 0.6;

/** Verdicts of a first inspection of each kind. Re-inspections after 不合格 pass more often. */
export const MIDTERM_VERDICTS: readonly (readonly [Verdict, number])[] = [
  ['qualified', 58],
  ['basically_qualified', 34],
  ['unqualified', 8],
];
export const PRELIMINARY_VERDICTS: readonly (readonly [Verdict, number])[] = [
  ['qualified', 68],
  ['basically_qualified', 24],
  ['unqualified', 8],
];
export const REINSPECTION_VERDICTS: readonly (readonly [Verdict, number])[] = [
  ['qualified', 85],
  ['basically_qualified', 15],
];

/** Share of milestones that carry a note (what the public search finds in a timeline). */
export const NOTE_SHARE = 0.12;
