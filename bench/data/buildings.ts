/**
 * The buildings of each site, front to back as the pool lists them, laid out on the site plan in
 * a grid (plan units 0–100 on each axis, as the schema's plan columns expect).
 */
import { BUILDING_POOLS, type BuildingType, CONDITIONS } from './building-types';
import { LOAD_MS } from './dates';
import { picker, type Rng } from './prng';
import type { SiteInfo } from './sites';
import type { Ids, Statements } from './statements';

export interface BuildingInfo {
  id: number;
  nameZh: string;
  nameEn: string;
}

const pickCondition = picker(CONDITIONS);

/** The types of one site's buildings: distinct named ones first, then numbered ones to make up the count. */
function typesFor(rng: Rng, pool: readonly BuildingType[], count: number): { type: BuildingType; n: number }[] {
  const named = pool.filter((t) => !t.numbered);
  const numbered = pool.filter((t) => t.numbered);
  const take = numbered.length ? Math.min(named.length, rng.int(Math.ceil(count / 2), count)) : Math.min(named.length, count);
  const chosen = rng.sample(named, take).map((type) => ({ type, n: 0 }));
  for (let n = 1; chosen.length < count && numbered.length; n++) chosen.push({ type: numbered[0] as BuildingType, n });
  return chosen;
}

/** Writes every site's buildings; returns them per site (in site order) for the projects that cover them. */
export function writeBuildings(st: Statements, ids: Ids, rng: Rng, sites: SiteInfo[]): BuildingInfo[][] {
  return sites.map((site) => {
    const chosen = typesFor(rng, BUILDING_POOLS[site.pool], site.buildingCount);
    const cols = Math.ceil(Math.sqrt(chosen.length));
    const rows = Math.ceil(chosen.length / cols);
    const cellW = 100 / cols;
    const cellH = 100 / rows;
    return chosen.map(({ type, n }, position) => {
      const num = String(n);
      const nameZh = type.zh.replace('{n}', num);
      const nameEn = type.en.replace('{n}', num);
      const slug = type.numbered ? `${type.slug}-${n}` : type.slug;
      // Most parts date from the founding; some were rebuilt later (a modern site within a few years).
      const rebuilt = site.founded !== null && rng.chance(0.4);
      const builtYear =
        site.founded === null
          ? null
          : !rebuilt
            ? site.founded
            : site.founded >= 1880
              ? site.founded + rng.int(0, 10)
              : Math.min(site.founded + rng.int(1, 200), 1911);
      const area = type.area ? Math.round(rng.int(type.area[0], type.area[1]) * 10) / 10 : null;
      const x = (position % cols) * cellW;
      const y = Math.floor(position / cols) * cellH;
      const id = ids.building++;
      const at = LOAD_MS + id;
      st.building.run(
        id,
        site.id,
        slug,
        nameZh,
        nameEn,
        '[]',
        type.useZh,
        type.useEn,
        builtYear,
        area,
        pickCondition(rng),
        Math.round((x + cellW * 0.1) * 10) / 10,
        Math.round((y + cellH * 0.1) * 10) / 10,
        Math.round(cellW * 0.8 * 10) / 10,
        Math.round(cellH * 0.8 * 10) / 10,
        position,
        at,
        at,
      );
      return { id, nameZh, nameEn };
    });
  });
}
