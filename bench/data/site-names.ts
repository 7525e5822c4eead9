/**
 * How protected sites are named, per category, in both languages: 王家庄关帝庙 / Guandi Temple of
 * Wangjiazhuang, 洛阳第二棉纺织厂旧址 / Former No.2 Cotton Mill of Luoyang. Each pattern names the
 * pool its buildings come from (building-types.ts) and the eras it was built in.
 *
 * Placeholders: {v}/{V} a village, {c}/{C} the city, {s}/{S} a surname, {p}/{P} a person, {o}/{O} an ordinal.
 */
import type { SiteCategory } from '../../lib/domain/codes';
import type { BuildingPool } from './building-types';

/** When the site was first built: a dynasty code of names.ts, or a span of years for modern sites. */
export type Era = 'ancient' | 'imperial' | 'late_imperial' | 'modern';

export interface SitePattern {
  zh: string;
  en: string;
  pool: BuildingPool;
  era: Era;
  /** The short name people use, as 二砂 for 郑州第二砂轮厂. */
  alias?: string;
}

const p = (zh: string, en: string, pool: BuildingPool, era: Era, alias?: string): SitePattern => ({ zh, en, pool, era, alias });

export const SITE_PATTERNS: Record<SiteCategory, readonly SitePattern[]> = {
  ancient_building: [
    p('{v}关帝庙', 'Guandi Temple of {V}', 'temple', 'late_imperial'),
    p('{c}城隍庙', 'City God Temple of {C}', 'temple', 'late_imperial'),
    p('{v}文庙', 'Confucian Temple of {V}', 'temple', 'imperial'),
    p('{v}观音寺', 'Guanyin Temple of {V}', 'temple', 'imperial'),
    p('{v}玉皇庙', 'Jade Emperor Temple of {V}', 'temple', 'late_imperial'),
    p('{v}龙王庙', 'Dragon King Temple of {V}', 'temple', 'late_imperial'),
    p('{v}真武庙', 'Zhenwu Temple of {V}', 'temple', 'late_imperial'),
    p('{v}三官庙', 'Temple of the Three Officials, {V}', 'temple', 'late_imperial'),
    p('{v}东岳庙', 'Dongyue Temple of {V}', 'temple', 'imperial'),
    p('{v}清真寺', '{V} Mosque', 'temple', 'late_imperial'),
    p('{v}天后宫', 'Tianhou Palace of {V}', 'temple', 'late_imperial'),
    p('{v}兴国寺', 'Xingguo Monastery of {V}', 'temple', 'imperial'),
    p('{v}{s}氏宗祠', '{S} Clan Ancestral Hall, {V}', 'residence', 'late_imperial'),
    p('{v}{s}家大院', '{S} Family Compound, {V}', 'residence', 'late_imperial'),
    p('{v}古民居', 'Traditional Dwellings of {V}', 'residence', 'late_imperial'),
    p('{v}书院', '{V} Academy', 'residence', 'late_imperial'),
    p('{c}山陕会馆', 'Shanxi-Shaanxi Guild Hall of {C}', 'temple', 'late_imperial'),
    p('{v}古戏台', 'Old Opera Stage of {V}', 'structure', 'late_imperial'),
    p('{v}石拱桥', 'Stone Arch Bridge of {V}', 'structure', 'imperial'),
    p('{v}文峰塔', 'Wenfeng Pagoda of {V}', 'structure', 'imperial'),
    p('{c}钟鼓楼', 'Bell and Drum Towers of {C}', 'structure', 'imperial'),
    p('{v}贞节牌坊', 'Memorial Archway of {V}', 'structure', 'late_imperial'),
  ],
  modern_historic: [
    p('{c}第{o}棉纺织厂旧址', 'Former No.{O} Cotton Mill of {C}', 'factory', 'modern', '{c}{o}棉'),
    p('{c}第{o}砂轮厂旧址', 'Former No.{O} Grinding Wheel Factory of {C}', 'factory', 'modern', '{c}{o}砂'),
    p('{c}机械厂旧址', 'Former {C} Machinery Plant', 'factory', 'modern'),
    p('{c}发电厂旧址', 'Former {C} Power Plant', 'factory', 'modern'),
    p('{c}面粉厂旧址', 'Former {C} Flour Mill', 'factory', 'modern'),
    p('{c}火柴厂旧址', 'Former {C} Match Factory', 'factory', 'modern'),
    p('{c}火车站旧址', 'Former {C} Railway Station', 'civic', 'modern'),
    p('{c}邮政局旧址', 'Former {C} Post Office', 'civic', 'modern'),
    p('{c}银行旧址', 'Former {C} Bank Building', 'civic', 'modern'),
    p('{c}第{o}中学旧址', 'Former No.{O} Middle School of {C}', 'civic', 'modern', '{c}{o}中'),
    p('{v}天主教堂', '{V} Catholic Church', 'civic', 'modern'),
    p('{c}海关旧址', 'Former {C} Customs House', 'civic', 'modern'),
    p('{v}革命旧址', 'Revolutionary Site of {V}', 'memorial', 'modern'),
    p('{p}故居', 'Former Residence of {P}', 'residence', 'modern'),
    p('{v}烈士陵园', '{V} Martyrs Cemetery', 'memorial', 'modern'),
  ],
  ancient_site: [
    p('{v}遗址', '{V} Site', 'site', 'ancient'),
    p('{v}新石器时代遗址', '{V} Neolithic Site', 'site', 'ancient'),
    p('{v}古城址', 'Ancient City Site of {V}', 'site', 'ancient'),
    p('{v}窑址', '{V} Kiln Site', 'site', 'imperial'),
    p('{v}冶铁遗址', '{V} Ironworks Site', 'site', 'ancient'),
    p('{v}烽火台', '{V} Beacon Towers', 'site', 'imperial'),
  ],
  ancient_tomb: [
    p('{v}墓群', '{V} Tombs', 'tomb', 'ancient'),
    p('{v}汉墓群', 'Han Tombs of {V}', 'tomb', 'ancient'),
    p('{v}{s}氏家族墓地', '{S} Family Cemetery, {V}', 'tomb', 'late_imperial'),
    p('{p}墓', 'Tomb of {P}', 'tomb', 'imperial'),
  ],
  cave_temple_stone_carving: [
    p('{v}石窟', '{V} Grottoes', 'cave', 'imperial'),
    p('{v}摩崖石刻', '{V} Cliff Inscriptions', 'cave', 'imperial'),
    p('{v}摩崖造像', '{V} Cliff Carvings', 'cave', 'imperial'),
    p('{v}千佛洞', '{V} Thousand Buddha Caves', 'cave', 'imperial'),
    p('{v}碑林', '{V} Stele Forest', 'cave', 'late_imperial'),
  ],
  other: [
    p('{v}古井', 'Ancient Well of {V}', 'other', 'imperial'),
    p('{v}古道', 'Ancient Road of {V}', 'other', 'imperial'),
    p('{v}古渡口', 'Old Ferry Landing of {V}', 'other', 'late_imperial'),
    p('{v}古树群', 'Old Trees of {V}', 'other', 'imperial'),
  ],
};

export const ORDINALS = [
  ['一', '1'],
  ['二', '2'],
  ['三', '3'],
  ['四', '4'],
] as const;

/** Fills a pattern's placeholders. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? '');
}
