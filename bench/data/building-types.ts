/**
 * The buildings (单体建筑 / 文物本体) a site is made of, per kind of site, front to back as a site
 * plan lists them. A numbered type (1号车间, 第3窟) may occur several times on one site; the first
 * numbered type of a pool makes up a site's count.
 */

export type BuildingPool = 'temple' | 'residence' | 'structure' | 'factory' | 'civic' | 'memorial' | 'site' | 'tomb' | 'cave' | 'other';

export interface BuildingType {
  slug: string;
  zh: string;
  en: string;
  useZh: string;
  useEn: string;
  /** Floor area range in m², or null where the part is not a building with a floor (a wall, a tomb). */
  area: readonly [number, number] | null;
  /** zh and en carry a {n}: the type repeats with a number. */
  numbered?: boolean;
}

const t = (
  slug: string,
  zh: string,
  en: string,
  useZh: string,
  useEn: string,
  area: readonly [number, number] | null,
  numbered = false,
) => ({
  slug,
  zh,
  en,
  useZh,
  useEn,
  area,
  numbered,
});

export const BUILDING_POOLS: Record<BuildingPool, readonly BuildingType[]> = {
  temple: [
    t('gate-hall', '山门', 'Gate hall', '山门', 'Entrance gate', [40, 160]),
    t('hall-of-heavenly-kings', '天王殿', 'Hall of the Heavenly Kings', '供奉四大天王', 'Shrine of the Four Heavenly Kings', [80, 260]),
    t('bell-tower', '钟楼', 'Bell tower', '悬钟报时', 'Housing the bell', [20, 80]),
    t('drum-tower', '鼓楼', 'Drum tower', '置鼓报时', 'Housing the drum', [20, 80]),
    t('opera-stage', '戏楼', 'Opera stage', '酬神演戏', 'Performances for the deity', [60, 200]),
    t('offering-hall', '献殿', 'Offering hall', '祭祀献供', 'Offerings and rites', [80, 300]),
    t('main-hall', '大殿', 'Main hall', '供奉主神', 'Main shrine', [150, 700]),
    t('east-side-hall', '东配殿', 'East side hall', '配祀', 'Subsidiary shrine', [50, 200]),
    t('west-side-hall', '西配殿', 'West side hall', '配祀', 'Subsidiary shrine', [50, 200]),
    t('stele-pavilion', '碑亭', 'Stele pavilion', '覆护石碑', 'Sheltering steles', [10, 40]),
    t('rear-hall', '后殿', 'Rear hall', '供奉', 'Rear shrine', [100, 400]),
    t('sutra-library', '藏经楼', 'Sutra library', '藏经', 'Keeping scriptures', [120, 500]),
    t('east-wing', '东厢房', 'East wing', '僧舍', "Monks' quarters", [40, 180]),
    t('west-wing', '西厢房', 'West wing', '僧舍', "Monks' quarters", [40, 180]),
  ],
  residence: [
    t('screen-wall', '照壁', 'Screen wall', '影壁', 'Spirit screen', null),
    t('gatehouse', '门楼', 'Gatehouse', '出入', 'Entrance', [15, 60]),
    t('front-hall', '前厅', 'Front hall', '待客', 'Receiving guests', [60, 220]),
    t('main-hall', '正厅', 'Main hall', '议事祭祖', 'Family gatherings and rites', [80, 300]),
    t('east-wing', '东厢房', 'East wing', '居住', 'Living quarters', [40, 150]),
    t('west-wing', '西厢房', 'West wing', '居住', 'Living quarters', [40, 150]),
    t('flower-hall', '花厅', 'Flower hall', '宴饮', 'Banquets', [50, 180]),
    t('embroidery-tower', '绣楼', 'Embroidery tower', '闺房', "Daughters' quarters", [40, 150]),
    t('rear-hall', '后堂', 'Rear hall', '居住', 'Family quarters', [60, 240]),
    t('study', '书房', 'Study', '读书', 'Study', [20, 80]),
    t('courtyard-house', '{n}号院', 'Courtyard No.{n}', '居住', 'Living quarters', [120, 600], true),
  ],
  structure: [
    t('main-structure', '主体', 'Main structure', '原状使用', 'As built', [30, 400]),
    t('stele-pavilion', '碑亭', 'Stele pavilion', '覆护石碑', 'Sheltering steles', [10, 40]),
    t('gatehouse', '门楼', 'Gatehouse', '出入', 'Entrance', [15, 60]),
    t('stele', '{n}号碑', 'Stele No.{n}', '记事', 'Inscription', null, true),
  ],
  factory: [
    t('main-gate', '厂大门', 'Main gate', '出入', 'Factory entrance', [20, 120]),
    t('office-building', '办公楼', 'Office building', '厂部办公', 'Factory administration', [1500, 9000]),
    t('auditorium', '礼堂', 'Auditorium', '集会', 'Meetings and performances', [600, 2500]),
    t('boiler-house', '锅炉房', 'Boiler house', '供热', 'Heating and steam', [300, 1500]),
    t('water-tower', '水塔', 'Water tower', '供水', 'Water supply', [20, 80]),
    t('chimney', '烟囱', 'Chimney', '排烟', 'Flue', null),
    t('warehouse', '仓库', 'Warehouse', '储存', 'Storage', [800, 6000]),
    t('canteen', '职工食堂', 'Canteen', '就餐', 'Canteen', [400, 1800]),
    t('dormitory', '职工宿舍楼', "Workers' dormitory", '居住', 'Housing', [1200, 5000]),
    t('workshop', '{n}号车间', 'Workshop No.{n}', '生产', 'Production', [2000, 40000], true),
  ],
  civic: [
    t('main-building', '主楼', 'Main building', '办公', 'Offices', [800, 6000]),
    t('clock-tower', '钟楼', 'Clock tower', '报时', 'Clock', [40, 200]),
    t('hall', '大厅', 'Hall', '营业', 'Public hall', [300, 1500]),
    t('annex', '附楼', 'Annex', '办公', 'Offices', [300, 2000]),
    t('gatehouse', '门房', 'Gatehouse', '传达', 'Porter', [15, 60]),
    t('chapel', '礼拜堂', 'Chapel', '礼拜', 'Worship', [200, 900]),
    t('residence', '宿舍楼', 'Residence', '居住', 'Housing', [300, 1500]),
    t('building', '{n}号楼', 'Building No.{n}', '办公', 'Offices', [400, 3000], true),
  ],
  memorial: [
    t('main-gate', '大门', 'Main gate', '出入', 'Entrance', [20, 100]),
    t('monument', '纪念碑', 'Monument', '纪念', 'Commemoration', null),
    t('memorial-hall', '纪念馆', 'Memorial hall', '陈列', 'Exhibition', [300, 2000]),
    t('meeting-room', '会议室旧址', 'Former meeting room', '会议', 'Meetings', [50, 300]),
    t('headquarters', '指挥部旧址', 'Former headquarters', '指挥', 'Command', [100, 600]),
    t('grave-area', '{n}号墓区', 'Grave area No.{n}', '安葬', 'Burials', null, true),
  ],
  site: [
    t('east-wall', '东城墙', 'East city wall', '城防', 'Defence', null),
    t('west-wall', '西城墙', 'West city wall', '城防', 'Defence', null),
    t('platform', '夯土台基', 'Rammed-earth platform', '建筑基址', 'Building foundation', null),
    t('palace-foundation', '宫殿基址', 'Palace foundation', '宫殿', 'Palace', null),
    t('city-gate', '城门遗址', 'City gate remains', '城门', 'Gate', null),
    t('moat', '护城河', 'Moat', '城防', 'Defence', null),
    t('workshop-area', '作坊区', 'Workshop area', '手工业', 'Crafts', null),
    t('kiln', '{n}号窑', 'Kiln No.{n}', '烧造', 'Firing', null, true),
  ],
  tomb: [
    t('spirit-way', '神道', 'Spirit way', '墓前道路', 'Approach to the tomb', null),
    t('stone-statues', '石像生', 'Stone statues', '仪卫', 'Guardians', null),
    t('sacrificial-hall', '享殿', 'Sacrificial hall', '祭祀', 'Rites', [80, 300]),
    t('stele-pavilion', '碑亭', 'Stele pavilion', '覆护石碑', 'Sheltering steles', [10, 40]),
    t('burial-mound', '封土', 'Burial mound', '墓葬', 'Burial', null),
    t('enclosure-wall', '墓园围墙', 'Cemetery wall', '围护', 'Enclosure', null),
    t('tomb', '{n}号墓', 'Tomb No.{n}', '墓葬', 'Burial', null, true),
  ],
  cave: [
    t('cave-front-building', '窟前建筑', 'Cave-front building', '遮护', 'Shelter', [40, 400]),
    t('inscriptions', '题记', 'Inscriptions', '记事', 'Records', null),
    t('protective-gallery', '保护长廊', 'Protective gallery', '遮护', 'Shelter', [100, 800]),
    t('cave', '第{n}窟', 'Cave {n}', '造像', 'Carved images', null, true),
    t('niche', '{n}号龛', 'Niche No.{n}', '造像', 'Carved images', null, true),
  ],
  other: [
    t('well', '古井', 'Ancient well', '汲水', 'Water', null),
    t('well-pavilion', '井亭', 'Well pavilion', '遮护', 'Shelter', [10, 40]),
    t('landing', '码头', 'Landing', '渡运', 'Ferry', null),
    t('stele', '{n}号碑', 'Stele No.{n}', '记事', 'Inscription', null, true),
  ],
};

/** A building's state as surveyed, in the words staff write (condition is free text). */
export const CONDITIONS = [
  ['较好', 40],
  ['一般', 35],
  ['较差', 18],
  ['危险', 7],
] as const;
