/**
 * The organisations of the country's heritage administration (national administration, provincial
 * and city bureaus with their expert groups, county bureaus, governments that list sites, heritage
 * keepers) and the companies that design, build and supervise works; then the expert and staff
 * accounts that sit on panels and close rectification items. Where the 二砂 seed already wrote an
 * organisation under the same slug (河南省文物局, 郑州市文物局, 国务院 …) that one is reused.
 */
import type Database from 'better-sqlite3';
import type { AdminLevel, OrganisationKind } from '../../lib/domain/codes';
import { LOAD_MS } from './dates';
import { capitalise, NAME_CHARS, personName, slugPart } from './names';
import { DISTRICTS, type Place, PROVINCES, type Province } from './places';
import type { Rng } from './prng';
import type { Ids, Statements } from './statements';

export interface DistrictOrgs extends Place {
  /** The district's own name (中原区), as the site's district column holds it; zh/en above name it with its city. */
  name: string;
  nameEn: string;
  bureau: number;
  government: number;
  /** 文物保管所: keeps and manages the district's sites (owner and manager of their projects). */
  keeper: number;
}
export interface CityOrgs extends Place {
  bureau: number;
  expertGroup: number;
  government: number;
  districts: DistrictOrgs[];
}
export interface ProvinceOrgs {
  place: Province;
  bureau: number;
  expertGroup: number;
  government: number;
  cities: CityOrgs[];
  designers: number[];
  contractors: number[];
  supervisors: number[];
  /** Expert accounts based in this province (indexes into Registry.experts). */
  experts: number[];
  staff: string;
}
export interface OrgName {
  zh: string;
  en: string;
  slug: string;
}
export interface Person {
  id: string;
  name: string;
}
export interface Registry {
  nationalBureau: number;
  nationalExperts: number;
  stateCouncil: number;
  provinces: ProvinceOrgs[];
  experts: Person[];
  /** Names and slugs by id: notes name a unit, a signed verdict names its responsible units by slug. */
  orgs: Map<number, OrgName>;
  organisations: number;
  users: number;
}

/** Companies per province at the default size (50,000 sites); fewer for smaller runs, at least one each. */
const COMPANIES_PER_PROVINCE = { designers: 6, contractors: 14, supervisors: 5 };

const DESIGNER_KINDS = [
  ['古建筑设计研究院有限公司', 'Ancient Architecture Design and Research Institute Co., Ltd.'],
  ['文物保护工程设计有限公司', 'Heritage Conservation Design Co., Ltd.'],
  ['建筑设计研究院', 'Architectural Design and Research Institute'],
] as const;
const CONTRACTOR_KINDS = [
  ['古建筑工程有限公司', 'Ancient Architecture Engineering Co., Ltd.'],
  ['古建园林工程有限公司', 'Traditional Architecture and Gardens Co., Ltd.'],
  ['文物保护工程有限公司', 'Heritage Conservation Engineering Co., Ltd.'],
  ['建设集团有限公司', 'Construction Group Co., Ltd.'],
] as const;
const SUPERVISOR_KINDS = [
  ['工程监理有限公司', 'Engineering Supervision Co., Ltd.'],
  ['文物保护工程监理有限公司', 'Heritage Works Supervision Co., Ltd.'],
] as const;

export function writeOrganisations(sqlite: Database.Database, st: Statements, ids: Ids, rng: Rng, sites: number): Registry {
  const existing = new Map(
    (
      sqlite.prepare('select id, slug, name_zh, name_en from organisations').all() as {
        id: number;
        slug: string;
        name_zh: string;
        name_en: string;
      }[]
    ).map((o) => [o.slug, o]),
  );
  const orgs = new Map<number, OrgName>();
  let created = 0;
  const org = (
    slug: string,
    zh: string,
    en: string,
    kind: OrganisationKind,
    level: AdminLevel | null,
    parent: number | null = null,
  ): number => {
    const found = existing.get(slug);
    if (found) {
      orgs.set(found.id, { zh: found.name_zh, en: found.name_en ?? found.name_zh, slug });
      return found.id;
    }
    const id = ids.organisation++;
    const at = LOAD_MS + id;
    st.organisation.run(id, slug, zh, en, kind, level, parent, at, at);
    existing.set(slug, { id, slug, name_zh: zh, name_en: en });
    orgs.set(id, { zh, en, slug });
    created += 1;
    return id;
  };

  const stateCouncil = org('state-council', '国务院', 'State Council', 'government', 'state_council');
  const nationalBureau = org(
    'national-cultural-heritage-administration',
    '国家文物局',
    'National Cultural Heritage Administration',
    'authority',
    'national',
  );
  const nationalExperts = org(
    'national-expert-group',
    '国家文物局专家组',
    'Expert group of the National Cultural Heritage Administration',
    'expert_group',
    'national',
    nationalBureau,
  );

  const scale = Math.max(sites / 50_000, 0);
  const companies = (n: number) => Math.max(1, Math.round(n * scale));
  const provinces: ProvinceOrgs[] = PROVINCES.map((p) => {
    const bureau = org(
      `${p.slug}-cultural-heritage-bureau`,
      `${p.zh}文物局`,
      `${p.en} Provincial Administration of Cultural Heritage`,
      'authority',
      'provincial',
    );
    const expertGroup = org(
      `${p.slug}-expert-group`,
      `${p.zh}文物局专家组`,
      `Expert group of the ${p.en} Provincial Administration of Cultural Heritage`,
      'expert_group',
      'provincial',
      bureau,
    );
    const government = org(`${p.slug}-government`, `${p.zh}人民政府`, `People's Government of ${p.en}`, 'government', 'provincial');
    const cities = p.cities.map((c): CityOrgs => {
      // A municipality (北京市) is its own province: its city bureau is the provincial one (same slug).
      const cityBureau = org(
        `${c.slug}-cultural-heritage-bureau`,
        `${c.zh}文物局`,
        `${c.en} Municipal Bureau of Cultural Heritage`,
        'authority',
        'municipal',
      );
      const cityExperts = org(
        `${c.slug}-expert-group`,
        `${c.zh}文物局专家组`,
        `Expert group of the ${c.en} Municipal Bureau of Cultural Heritage`,
        'expert_group',
        'municipal',
        cityBureau,
      );
      const cityGovernment = org(`${c.slug}-government`, `${c.zh}人民政府`, `People's Government of ${c.en}`, 'government', 'municipal');
      const districts = rng.sample(DISTRICTS, rng.int(4, 6)).map((d): DistrictOrgs => {
        const slug = `${c.slug}-${slugPart(d.en)}`;
        const zh = `${c.zh}${d.zh}`;
        const en = `${d.en}, ${c.en}`;
        return {
          zh,
          en,
          slug,
          name: d.zh,
          nameEn: d.en,
          bureau: org(
            `${slug}-culture-tourism-bureau`,
            `${zh}文化和旅游局`,
            `${d.en} Bureau of Culture and Tourism, ${c.en}`,
            'authority',
            'district',
          ),
          government: org(`${slug}-government`, `${zh}人民政府`, `People's Government of ${d.en}, ${c.en}`, 'government', 'district'),
          keeper: org(`${slug}-relics-office`, `${zh}文物保管所`, `Cultural Relics Office of ${d.en}, ${c.en}`, 'institution', 'district'),
        };
      });
      return { ...c, bureau: cityBureau, expertGroup: cityExperts, government: cityGovernment, districts };
    });
    const company = (kinds: readonly (readonly [string, string])[], n: number, slugKind: string) =>
      Array.from({ length: companies(n) }, (_, i) => {
        const [zhKind, enKind] = kinds[i % kinds.length] as readonly [string, string];
        const a = rng.pick(NAME_CHARS);
        const b = rng.pick(NAME_CHARS);
        const where = i % 2 === 0 ? p : rng.pick(p.cities);
        const brand = capitalise(a[1] + b[1]);
        return org(
          `${where.slug}-${slugPart(brand)}-${slugKind}-${i + 1}`,
          `${where.zh.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')}${a[0]}${b[0]}${zhKind}`,
          `${where.en} ${brand} ${enKind}`,
          'company',
          null,
        );
      });
    return {
      place: p,
      bureau,
      expertGroup,
      government,
      cities,
      designers: company(DESIGNER_KINDS, COMPANIES_PER_PROVINCE.designers, 'design'),
      contractors: company(CONTRACTOR_KINDS, COMPANIES_PER_PROVINCE.contractors, 'works'),
      supervisors: company(SUPERVISOR_KINDS, COMPANIES_PER_PROVINCE.supervisors, 'supervision'),
      experts: [],
      staff: '',
    };
  });

  // Expert accounts, about one per 25 sites, spread over the provinces; one staff account per province.
  // No passwords (no account rows): panels name them; a benchmark adds its own sign-in accounts.
  const experts: Person[] = [];
  const expertCount = Math.max(40, Math.round(sites / 25));
  for (let i = 0; i < expertCount; i++) {
    const [zh] = personName(rng);
    const id = `bench-expert-${String(i + 1).padStart(5, '0')}`;
    st.user.run(id, zh, `expert${i + 1}@bench.example`, 1, 'expert', 0, LOAD_MS + i, LOAD_MS + i);
    experts.push({ id, name: zh });
    (provinces[i % provinces.length] as ProvinceOrgs).experts.push(i);
  }
  provinces.forEach((p, i) => {
    const [zh] = personName(rng);
    p.staff = `bench-staff-${p.place.slug}`;
    st.user.run(p.staff, zh, `staff-${p.place.slug}@bench.example`, 1, 'staff', 0, LOAD_MS + expertCount + i, LOAD_MS + expertCount + i);
  });

  return {
    nationalBureau,
    nationalExperts,
    stateCouncil,
    provinces,
    experts,
    orgs,
    organisations: created,
    users: expertCount + provinces.length,
  };
}
