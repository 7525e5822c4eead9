/**
 * The first real case: 郑州第二砂轮厂旧址 (二砂), exactly as DOMAIN.md and its sources state it.
 * What the sources do not say stays empty: unit names, document numbers, planned dates,
 * rectification items, building years.
 */
import type { AcceptanceCriterion, CriterionGrade, MilestoneKind, OrganisationRole, Verdict } from '../../lib/domain/codes';
import type { organisations, sources } from '../schema';

export const SITE_SLUG = 'zhengzhou-no2-grinding-wheel-factory';

type SourceKey = 'article-2022' | 'zzwb-2019' | 'guofa-2019-22' | 'yoyv-ersha';

export const caseSources: (typeof sources.$inferInsert & { key: SourceKey })[] = [
  {
    key: 'article-2022',
    titleZh: '二砂办公楼保护修缮项目终期验收合格',
    titleEn: 'Final acceptance of the Ersha office building restoration passed',
    publisher: '中原区新闻',
    author: '记者 鲁燕 通讯员 曹媛媛',
    published: '2022-05',
    citation: '中原区新闻，2022年5月，《二砂办公楼保护修缮项目终期验收合格》',
  },
  {
    key: 'zzwb-2019',
    titleZh: '郑州晚报报道',
    titleEn: 'Zhengzhou Evening News report',
    publisher: '郑州晚报',
    published: '2019-10-23',
    url: 'https://zzwb.zynews.cn/html/2019-10/23/content_1118337.htm',
  },
  {
    key: 'guofa-2019-22',
    titleZh: '国务院关于核定并公布第八批全国重点文物保护单位的通知（国发〔2019〕22号）',
    titleEn: 'State Council notice announcing the 8th batch of Major Historical and Cultural Sites (Guofa [2019] No. 22)',
    publisher: '国务院',
    published: '2019-10-16',
    citation: '国发〔2019〕22号，2019年10月7日印发，2019年10月16日公布',
  },
  {
    key: 'yoyv-ersha',
    titleZh: '郑州第二砂轮厂旧址（网络资料）',
    titleEn: 'Former Zhengzhou No.2 Grinding Wheel Factory (web page)',
    url: 'https://m.yoyv.com/hen/40222.html',
  },
];

type OrgKey =
  | 'state-council'
  | 'henan-cultural-heritage-bureau'
  | 'henan-expert-group'
  | 'zhengzhou-cultural-heritage-bureau'
  | 'zhengzhou-expert-group'
  | 'zhongyuan-culture-tourism-sports-bureau';

export const caseOrganisations: (Omit<typeof organisations.$inferInsert, 'parentId'> & { slug: OrgKey; parent?: OrgKey })[] = [
  { slug: 'state-council', nameZh: '国务院', nameEn: 'State Council', kind: 'government', adminLevel: 'state_council' },
  {
    slug: 'henan-cultural-heritage-bureau',
    nameZh: '河南省文物局',
    nameEn: 'Henan Provincial Administration of Cultural Heritage',
    kind: 'authority',
    adminLevel: 'provincial',
  },
  {
    slug: 'henan-expert-group',
    nameZh: '河南省文物局专家组',
    nameEn: 'Expert group of the Henan Provincial Administration of Cultural Heritage',
    kind: 'expert_group',
    adminLevel: 'provincial',
    parent: 'henan-cultural-heritage-bureau',
  },
  {
    slug: 'zhengzhou-cultural-heritage-bureau',
    nameZh: '郑州市文物局',
    nameEn: 'Zhengzhou Municipal Bureau of Cultural Heritage',
    kind: 'authority',
    adminLevel: 'municipal',
  },
  {
    slug: 'zhengzhou-expert-group',
    nameZh: '郑州市文物局专家组',
    nameEn: 'Expert group of the Zhengzhou Municipal Bureau of Cultural Heritage',
    kind: 'expert_group',
    adminLevel: 'municipal',
    parent: 'zhengzhou-cultural-heritage-bureau',
  },
  {
    slug: 'zhongyuan-culture-tourism-sports-bureau',
    nameZh: '中原区文化旅游体育局',
    nameEn: 'Zhongyuan District Bureau of Culture, Tourism and Sports',
    kind: 'authority',
    adminLevel: 'district',
  },
];

export const caseSite = {
  slug: SITE_SLUG,
  nameZh: '郑州第二砂轮厂旧址',
  nameEn: 'Former Zhengzhou No.2 Grinding Wheel Factory',
  aliases: ['二砂', '郑州二砂', '第二砂轮厂'],
  category: 'modern_historic' as const,
  addressZh: '郑州市中原区华山路78号',
  addressEn: '78 Huashan Road, Zhongyuan District, Zhengzhou',
  district: '中原区',
  foundedYear: 1956,
  descriptionZh:
    '郑州第二砂轮厂始建于1956年，1964年投产。整个园区保留7栋文物建筑，7栋建筑总面积约8.78万平方米。2016年公布为河南省文物保护单位，2019年10月列入第八批全国重点文物保护单位。',
  descriptionEn:
    'The Zhengzhou No.2 Grinding Wheel Factory was founded in 1956 and began production in 1964. The park keeps seven heritage buildings with about 87,800 m² of floor area in all. It became a Henan provincial protected site in 2016 and a national key site in the 8th batch of October 2019.',
  sources: [
    { key: 'article-2022' as SourceKey, fact: 'founded_year' },
    { key: 'yoyv-ersha' as SourceKey, fact: 'production_1964' },
    { key: 'yoyv-ersha' as SourceKey, fact: 'floor_area' },
    { key: 'zzwb-2019' as SourceKey, fact: 'address' },
  ],
};

export const caseDesignations = [
  {
    level: 'provincial' as const,
    batch: 7,
    date: '2016',
    issuer: null,
    documentNumber: null,
    sources: ['zzwb-2019' as SourceKey],
  },
  {
    level: 'national' as const,
    batch: 8,
    date: '2019-10-07',
    issuer: 'state-council' as OrgKey,
    documentNumber: '国发〔2019〕22号',
    sources: ['guofa-2019-22' as SourceKey, 'article-2022' as SourceKey, 'zzwb-2019' as SourceKey],
  },
];

type BuildingKey =
  | 'office-building'
  | 'rubber-wheel-workshop'
  | 'ceramic-wheel-workshop'
  | 'finished-wheel-warehouse'
  | 'emery-warehouse'
  | 'refractory-workshop'
  | 'spare-tool-warehouse';

/** Plan positions are a schematic arrangement (the site plan says so); the sources give no survey. */
export const caseBuildings: {
  slug: BuildingKey;
  nameZh: string;
  nameEn: string;
  aliases?: string[];
  originalUseZh: string;
  originalUseEn: string;
  floorAreaM2?: number;
  descriptionZh?: string;
  descriptionEn?: string;
  plan: [x: number, y: number, w: number, h: number];
  sources: SourceKey[];
}[] = [
  {
    slug: 'office-building',
    nameZh: '厂部办公大楼',
    nameEn: 'Factory office building',
    aliases: ['办公楼', '二砂办公楼'],
    originalUseZh: '厂部办公',
    originalUseEn: 'Factory administration',
    plan: [4, 6, 30, 16],
    sources: ['article-2022'],
  },
  {
    slug: 'rubber-wheel-workshop',
    nameZh: '橡胶砂轮制造车间',
    nameEn: 'Rubber grinding-wheel workshop',
    originalUseZh: '橡胶结合剂砂轮制造',
    originalUseEn: 'Making rubber-bonded grinding wheels',
    plan: [40, 6, 26, 22],
    sources: ['article-2022'],
  },
  {
    slug: 'ceramic-wheel-workshop',
    nameZh: '陶瓷砂轮制造车间',
    nameEn: 'Ceramic grinding-wheel workshop',
    aliases: ['27号车间'],
    originalUseZh: '陶瓷结合剂砂轮制造',
    originalUseEn: 'Making vitrified (ceramic-bonded) grinding wheels',
    floorAreaM2: 74377,
    descriptionZh: '锯齿形屋顶的包豪斯风格大跨度厂房，约74377平方米。',
    descriptionEn: 'A saw-tooth-roofed, Bauhaus-style hall of about 74,377 m².',
    plan: [4, 30, 62, 40],
    sources: ['article-2022', 'yoyv-ersha'],
  },
  {
    slug: 'finished-wheel-warehouse',
    nameZh: '砂轮成品库及发送间',
    nameEn: 'Finished-wheel warehouse and dispatch room',
    originalUseZh: '砂轮成品储存与发运',
    originalUseEn: 'Storing and dispatching finished wheels',
    plan: [72, 6, 24, 22],
    sources: ['article-2022'],
  },
  {
    slug: 'emery-warehouse',
    nameZh: '金刚砂仓库及结合剂处理间',
    nameEn: 'Emery warehouse and binder treatment room',
    originalUseZh: '金刚砂储存与结合剂处理',
    originalUseEn: 'Storing emery and treating binders',
    plan: [72, 34, 24, 18],
    sources: ['article-2022'],
  },
  {
    slug: 'refractory-workshop',
    nameZh: '耐火物料及结合剂加工车间',
    nameEn: 'Refractory material and binder processing workshop',
    aliases: ['耐火物原料及结合剂加工车间'],
    originalUseZh: '耐火物料及结合剂加工',
    originalUseEn: 'Processing refractory materials and binders',
    plan: [72, 58, 24, 18],
    sources: ['article-2022'],
  },
  {
    slug: 'spare-tool-warehouse',
    nameZh: '备用工具及润滑油仓库',
    nameEn: 'Spare-tool and lubricant warehouse',
    originalUseZh: '备用工具及润滑油储存',
    originalUseEn: 'Storing spare tools and lubricants',
    plan: [4, 76, 40, 18],
    sources: ['article-2022'],
  },
];

export const caseApproval = {
  subject: 'plan' as const,
  date: '2019-05-07',
  authority: 'henan-cultural-heritage-bureau' as OrgKey,
  decision: 'approved' as const,
  subjectTextZh: '郑州第二砂轮厂旧址办公楼及橡胶砂轮制造车间本体保护修缮方案',
  subjectTextEn: 'Body-protection restoration plan for the office building and the rubber grinding-wheel workshop',
  buildings: ['office-building', 'rubber-wheel-workshop'] as BuildingKey[],
  sources: ['article-2022' as SourceKey],
};

interface CaseInspection {
  organiser: OrgKey;
  date: string;
  verdict: Verdict;
  unanimous: boolean | null;
  conclusionZh: string;
  conclusionEn: string;
  criteria: Partial<Record<AcceptanceCriterion, CriterionGrade>>;
  attendees: { role: OrganisationRole; organisation?: OrgKey }[];
}

export interface CaseMilestone {
  kind: MilestoneKind;
  actual: string | null;
  noteZh?: string;
  noteEn?: string;
  /** Links the plan-approval milestone to the approval record. */
  approval?: boolean;
  inspection?: CaseInspection;
}

export const caseProjects: {
  slug: string;
  titleZh: string;
  titleEn: string;
  category: 'repair' | null;
  descriptionZh: string;
  descriptionEn: string;
  buildings: BuildingKey[];
  participants: { organisation: OrgKey; role: OrganisationRole }[];
  approval: boolean;
  milestones: CaseMilestone[];
}[] = [
  {
    slug: 'ersha-office-building-restoration',
    titleZh: '郑州第二砂轮厂办公楼本体保护修缮工程',
    titleEn: 'Body-protection restoration of the Zhengzhou No.2 Grinding Wheel Factory office building',
    category: 'repair',
    descriptionZh: '二砂厂部办公大楼的本体保护修缮。2020年7月开工，同年9月完工，2022年5月18日通过终期验收。',
    descriptionEn:
      'Restoration of the fabric of the Ersha factory office building. Work started in July 2020 and was complete in September 2020; final acceptance passed on 18 May 2022.',
    buildings: ['office-building'],
    participants: [
      { organisation: 'henan-cultural-heritage-bureau', role: 'approver' },
      { organisation: 'zhongyuan-culture-tourism-sports-bureau', role: 'organiser' },
      { organisation: 'zhengzhou-cultural-heritage-bureau', role: 'organiser' },
      { organisation: 'henan-expert-group', role: 'expert_group' },
      { organisation: 'zhengzhou-expert-group', role: 'expert_group' },
    ],
    approval: true,
    milestones: [
      {
        kind: 'plan_approval',
        actual: '2019-05-07',
        approval: true,
        noteZh: '省文物局批复本体保护修缮方案',
        noteEn: 'Restoration plan approved by the provincial bureau',
      },
      { kind: 'construction_start', actual: '2020-07' },
      {
        kind: 'midterm_inspection',
        actual: '2020-08-13',
        inspection: {
          organiser: 'henan-cultural-heritage-bureau',
          date: '2020-08-13',
          verdict: 'basically_qualified',
          unanimous: null,
          conclusionZh: '省文物局组织专家组对工程进行中期检查，总体评价基本合格。',
          conclusionEn: 'The provincial bureau’s expert group inspected the works at mid-term: basically qualified overall.',
          criteria: {},
          attendees: [{ role: 'expert_group', organisation: 'henan-expert-group' }],
        },
      },
      { kind: 'construction_complete', actual: '2020-09' },
      {
        kind: 'preliminary_acceptance',
        actual: '2020-12-09',
        inspection: {
          organiser: 'zhengzhou-cultural-heritage-bureau',
          date: '2020-12-09',
          verdict: 'qualified',
          unanimous: null,
          conclusionZh: '市文物局成立专家组对工程进行初步验收，工程质量合格。',
          conclusionEn: 'The municipal bureau’s expert group made the preliminary acceptance: engineering quality qualified.',
          criteria: { engineering_quality: 'qualified' },
          attendees: [{ role: 'expert_group', organisation: 'zhengzhou-expert-group' }],
        },
      },
      {
        kind: 'final_acceptance',
        actual: '2022-05-18',
        inspection: {
          organiser: 'zhongyuan-culture-tourism-sports-bureau',
          date: '2022-05-18',
          verdict: 'qualified',
          unanimous: true,
          conclusionZh: '专家组一致认为本项目工程质量合格、档案资料齐全，总体效果较好，达到文物本体保护的目的，工程验收合格。',
          conclusionEn:
            'The panel unanimously found the engineering quality qualified, the archives complete, the overall effect fairly good and the protection objective achieved: acceptance passed.',
          criteria: {
            engineering_quality: 'qualified',
            archive_completeness: 'qualified',
            overall_effect: 'fairly_good',
            protection_objective: 'qualified',
          },
          attendees: [
            { role: 'organiser', organisation: 'zhongyuan-culture-tourism-sports-bureau' },
            { role: 'expert_group', organisation: 'henan-expert-group' },
            { role: 'owner' },
            { role: 'designer' },
            { role: 'contractor' },
            { role: 'supervisor' },
          ],
        },
      },
    ],
  },
  {
    slug: 'ersha-rubber-workshop-and-warehouse-restoration',
    titleZh: '橡胶砂轮制造车间、砂轮成品库及发送间保护修缮项目',
    titleEn: 'Restoration of the rubber grinding-wheel workshop and the finished-wheel warehouse',
    category: 'repair',
    descriptionZh: '截至2022年5月，中原区文旅体局正在启动橡胶砂轮制造车间、砂轮成品库及发送间保护修缮项目。',
    descriptionEn:
      'As of May 2022 the Zhongyuan District bureau was starting the restoration of the rubber grinding-wheel workshop and the finished-wheel warehouse and dispatch room.',
    buildings: ['rubber-wheel-workshop', 'finished-wheel-warehouse'],
    participants: [{ organisation: 'zhongyuan-culture-tourism-sports-bureau', role: 'organiser' }],
    approval: false,
    milestones: [
      {
        kind: 'proposal_submitted',
        actual: null,
        noteZh: '2022年5月报道：项目正在启动（橡胶砂轮制造车间的修缮方案已于2019年5月7日获省文物局批复）',
        noteEn:
          'Reported in May 2022: the project is being started (the rubber workshop’s plan was approved by the provincial bureau on 7 May 2019)',
      },
    ],
  },
  {
    slug: 'ersha-four-buildings-initiation',
    titleZh: '陶瓷砂轮制造车间等4栋文物建筑保护项目立项',
    titleEn: 'Project initiation for four more heritage buildings of the Ersha site',
    category: null,
    descriptionZh:
      '截至2022年5月，正在积极开展陶瓷砂轮制造车间、金刚砂仓库及结合剂处理间、耐火物料及结合剂加工车间、备用工具及润滑油仓库等4栋建筑的立项工作。',
    descriptionEn:
      'As of May 2022, project initiation was under way for the ceramic workshop, the emery warehouse and binder room, the refractory workshop and the spare-tool warehouse.',
    buildings: ['ceramic-wheel-workshop', 'emery-warehouse', 'refractory-workshop', 'spare-tool-warehouse'],
    participants: [{ organisation: 'zhongyuan-culture-tourism-sports-bureau', role: 'organiser' }],
    approval: false,
    milestones: [
      {
        kind: 'proposal_submitted',
        actual: null,
        noteZh: '2022年5月报道：立项工作正在开展',
        noteEn: 'Reported in May 2022: project initiation under way',
      },
    ],
  },
];
