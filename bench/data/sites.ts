/**
 * Sites and their designation histories. A site's level comes only from its designations (as the
 * app reads it), so each site gets a listing at its level and often an earlier, lower one: a
 * national key unit was usually a provincial unit first, as 二砂 was.
 */
import type { ProtectionLevel, SiteCategory } from '../../lib/domain/codes';
import type { BuildingPool } from './building-types';
import { dayOf, LOAD_MS } from './dates';
import { ANCIENT_ERAS, DYNASTIES, type Dynasty, personName, SURNAMES, slugPart, villageName, type Word } from './names';
import type { CityOrgs, DistrictOrgs, ProvinceOrgs, Registry } from './organisations';
import { picker, type Rng } from './prng';
import {
  BUILDINGS_PER_SITE,
  CATEGORY_WEIGHTS,
  EARLIER_LISTING,
  LEVEL_WEIGHTS,
  LOCAL_BATCH_YEARS,
  NATIONAL_BATCHES,
  PROVINCIAL_BATCH_YEARS,
  SURVEY_YEARS,
} from './proportions';
import { type Era, fill, ORDINALS, SITE_PATTERNS } from './site-names';
import { uniqueSlug } from './slugs';
import type { Ids, Statements } from './statements';

export interface SiteInfo {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  category: SiteCategory;
  level: ProtectionLevel;
  province: ProvinceOrgs;
  city: CityOrgs;
  district: DistrictOrgs;
  pool: BuildingPool;
  /** Founded (or built) year, when one is known. */
  founded: number | null;
  buildingCount: number;
  /** Listings as the approval rules read them (lib/domain/approvals.ts levelOn). */
  designations: { level: ProtectionLevel; date: string }[];
}

const pickCategory = picker(CATEGORY_WEIGHTS);
const pickLevel = picker(LEVEL_WEIGHTS);
const pickNationalBatch = picker(NATIONAL_BATCHES.map((b) => [b, b.units] as const));
const pickImperial = picker<Dynasty>([
  [DYNASTIES.tang, 3],
  [DYNASTIES.song, 8],
  [DYNASTIES.jin, 4],
  [DYNASTIES.yuan, 6],
  [DYNASTIES.ming, 40],
  [DYNASTIES.qing, 39],
]);
const pickLateImperial = picker<Dynasty>([
  [DYNASTIES.ming, 35],
  [DYNASTIES.qing, 60],
  [DYNASTIES.republic, 5],
]);
const CN_DIGITS = '〇一二三四五六七八九';

/** The city's name without 市/州/地区, when two or more characters remain (洛阳, 延边; 寿县 stays whole). */
function shortName(zh: string): string {
  const cut = zh.replace(/(市|州|地区)$/, '');
  return cut.length >= 2 ? cut : zh;
}

interface Listing {
  level: ProtectionLevel;
  batch: number | null;
  date: string;
  issuer: number;
  documentNumber: string | null;
}

function listings(
  rng: Rng,
  level: ProtectionLevel,
  founded: number | null,
  s: { province: ProvinceOrgs; city: CityOrgs; district: DistrictOrgs },
  reg: Registry,
): Listing[] {
  // A site is listed some years after it was built; an old one at any batch.
  const after = (founded ?? 0) + 10;
  // Without a `before` (the site's own listing) some year always fits; an earlier listing may not.
  const yearFrom = (years: readonly number[], before?: number) => {
    const fit = years.filter((y) => y >= after && y < (before ?? 9999));
    if (fit.length) return rng.pick(fit);
    return before === undefined ? (years.at(-1) as number) : null;
  };
  const docNo = (prefix: string, year: number) => `${prefix}〔${year}〕${rng.int(1, 160)}号`;
  const local = (lvl: 'municipal' | 'county', before?: number): Listing | null => {
    const year = yearFrom(LOCAL_BATCH_YEARS, before);
    if (year === null) return null;
    const municipal = lvl === 'municipal';
    return {
      level: lvl,
      batch: LOCAL_BATCH_YEARS.indexOf(year as (typeof LOCAL_BATCH_YEARS)[number]) + 1,
      date: rng.chance(0.5) ? String(year) : `${year}-${String(rng.int(1, 12)).padStart(2, '0')}`,
      issuer: municipal ? s.city.government : s.district.government,
      documentNumber: docNo(`${shortName(municipal ? s.city.zh : s.district.name)}政`, year),
    };
  };
  const provincial = (before?: number): Listing | null => {
    const year = yearFrom(PROVINCIAL_BATCH_YEARS, before);
    if (year === null) return null;
    return {
      level: 'provincial',
      batch: PROVINCIAL_BATCH_YEARS.indexOf(year as (typeof PROVINCIAL_BATCH_YEARS)[number]) + 1,
      date: rng.chance(0.6) ? String(year) : `${year}-${String(rng.int(1, 12)).padStart(2, '0')}`,
      issuer: s.province.government,
      documentNumber: docNo(`${s.province.place.abbr}政`, year),
    };
  };
  const earlier = (first: Listing | null, make: (before: number) => Listing | null): Listing[] => {
    if (!first) return [];
    const year = Number(first.date.slice(0, 4));
    const prior = rng.chance(EARLIER_LISTING[first.level]) ? make(year) : null;
    return prior ? [prior, first] : [first];
  };

  switch (level) {
    case 'national': {
      const eligible = NATIONAL_BATCHES.filter((b) => Number(b.date.slice(0, 4)) >= after);
      let batch = pickNationalBatch(rng);
      if (!eligible.includes(batch)) batch = eligible.length ? rng.pick(eligible) : (NATIONAL_BATCHES.at(-1) as typeof batch);
      const national: Listing = {
        level,
        batch: batch.batch,
        date: batch.date,
        issuer: reg.stateCouncil,
        documentNumber: batch.documentNumber,
      };
      return earlier(national, (before) => provincial(before));
    }
    case 'provincial':
      return earlier(provincial(), (before) =>
        local(rng.chance(0.6) && s.city.bureau !== s.province.bureau ? 'municipal' : 'county', before),
      );
    case 'municipal':
      return earlier(local('municipal'), (before) => local('county', before));
    case 'county':
      return earlier(local('county'), () => null);
    case 'ungraded':
      return [{ level, batch: null, date: String(rng.pick(SURVEY_YEARS)), issuer: s.district.bureau, documentNumber: null }];
  }
}

function levelPhrase(l: Listing, s: { province: ProvinceOrgs; city: CityOrgs; district: DistrictOrgs }): [string, string] {
  const year = l.date.slice(0, 4);
  switch (l.level) {
    case 'national':
      return [
        `${year}年公布为第${CN_DIGITS[l.batch ?? 0]}批全国重点文物保护单位`,
        `listed as a Major Historical and Cultural Site Protected at the National Level in the ${ordinal(l.batch ?? 0)} batch (${year})`,
      ];
    case 'provincial':
      return [
        `${year}年公布为${s.province.place.zh}文物保护单位`,
        `listed as a ${s.province.place.en} provincial protected site in ${year}`,
      ];
    case 'municipal':
      return [`${year}年公布为${s.city.zh}文物保护单位`, `listed as a ${s.city.en} municipal protected site in ${year}`];
    case 'county':
      return [`${year}年公布为${s.district.name}文物保护单位`, `listed as a ${s.district.nameEn} protected site in ${year}`];
    case 'ungraded':
      return ['第三次全国文物普查登记为不可移动文物', 'registered as an immovable cultural relic by the Third National Survey'];
  }
}

function ordinal(n: number): string {
  return `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

function eraOf(rng: Rng, era: Era): { founded: number | null; zh: string; en: string } {
  if (era === 'ancient') {
    const [zh, en] = rng.pick(ANCIENT_ERAS);
    return { founded: null, zh: `${zh}时期`, en: `the ${en} period` };
  }
  if (era === 'modern') {
    const founded = rng.int(1880, 1978);
    return { founded, zh: `${founded}年`, en: String(founded) };
  }
  const d = era === 'imperial' ? pickImperial(rng) : pickLateImperial(rng);
  const founded = rng.int(d.from, d.to - 1);
  return { founded, zh: `${d.zh}代（${founded}年）`, en: `the ${d.en} (${founded})` };
}

/** Writes `count` sites with their designations; returns what later phases need of them. */
export function writeSites(st: Statements, ids: Ids, rng: Rng, reg: Registry, count: number, taken: Set<string>): SiteInfo[] {
  const cities = reg.provinces.flatMap((province) => province.cities.map((city) => ({ province, city })));
  const out: SiteInfo[] = [];
  for (let n = 0; n < count; n++) {
    const category = pickCategory(rng);
    const drawn = pickLevel(rng);
    const { province, city } = rng.pick(cities);
    // A municipality (北京, 上海 …) is a province: its city-level listing is the provincial one, and
    // below it come its districts. There a "municipal" site is a district-level one.
    const municipality = city.bureau === province.bureau;
    const level = municipality && drawn === 'municipal' ? 'county' : drawn;
    const district = rng.pick(city.districts);
    const pattern = rng.pick(SITE_PATTERNS[category]);
    const village: Word = villageName(rng);
    const surname = rng.pick(SURNAMES);
    const person = personName(rng);
    const [oZh, oEn] = rng.pick(ORDINALS);
    const cityShort = shortName(city.zh);
    const values = {
      v: village[0],
      V: village[1],
      c: cityShort,
      C: city.en,
      s: surname[0],
      S: surname[1],
      p: person[0],
      P: person[1],
      o: oZh,
      O: oEn,
    };
    const nameZh = fill(pattern.zh, values);
    const nameEn = fill(pattern.en, values);
    const inCity = pattern.zh.includes('{c}');
    const slug = uniqueSlug(taken, inCity ? slugPart(nameEn) : `${city.slug}-${slugPart(nameEn)}`);
    const era = eraOf(rng, pattern.era);
    const [minB, maxB] = BUILDINGS_PER_SITE[category];
    const buildingCount = rng.int(minB, maxB);
    const history = listings(rng, level, era.founded, { province, city, district }, reg);
    const top = history.at(-1) as Listing;
    const [phraseZh, phraseEn] = levelPhrase(top, { province, city, district });

    const street = `${rng.pick(SURNAMES)[0]}${rng.pick(['华', '建', '文', '人民', '解放', '中山', '和平'])}路`;
    const addressZh = inCity
      ? `${city.zh}${district.name}${street}${rng.int(1, 200)}号`
      : `${province.place.zh}${city.zh}${district.name}${village[0]}`;
    const addressEn = inCity
      ? `${street}, ${district.nameEn}, ${city.en}`
      : `${village[1]}, ${district.nameEn}, ${city.en}, ${province.place.en}`;
    const descriptionZh = `${nameZh}位于${city.zh}${district.name}，始建于${era.zh}，${era.founded && era.founded < 1840 ? '清代及民国时期曾多次重修，' : ''}现存文物本体${buildingCount}处。${phraseZh}。`;
    const descriptionEn = `${nameEn} is in ${district.nameEn}, ${city.en}. It was first built in ${era.en}${era.founded && era.founded < 1840 ? ' and repaired many times since' : ''}; ${buildingCount} historic structures survive. It was ${phraseEn}.`;
    const aliases = pattern.alias ? [fill(pattern.alias, values)] : [];

    const id = ids.site++;
    const at = LOAD_MS + id;
    st.site.run(
      id,
      slug,
      nameZh,
      nameEn,
      JSON.stringify(aliases),
      category,
      addressZh,
      addressEn,
      district.name,
      era.founded,
      descriptionZh,
      descriptionEn,
      at,
      at,
    );
    for (const l of history) st.designation.run(ids.designation++, id, l.level, l.batch, l.date, l.issuer, l.documentNumber, at);

    out.push({
      id,
      slug,
      nameZh,
      nameEn,
      category,
      level,
      province,
      city,
      district,
      pool: pattern.pool,
      founded: era.founded,
      buildingCount,
      designations: history.map((l) => ({ level: l.level, date: l.date })),
    });
  }
  return out;
}

/** The day a site was first listed at national level, or null: its plans are then filed nationally. */
export function nationalSince(site: SiteInfo): number | null {
  const d = site.designations.find((x) => x.level === 'national');
  return d ? dayOf(d.date) : null;
}
