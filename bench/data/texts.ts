/**
 * The words of inspection opinions, rectification items, milestone notes and project titles, in
 * Chinese and English, as real acceptance opinions (验收意见) and bureau notices phrase them.
 */
import type {
  AcceptanceCriterion,
  InspectionKind,
  MilestoneKind,
  OrganisationRole,
  ProjectCategory,
  Verdict,
} from '../../lib/domain/codes';

export interface Problem {
  criterion: AcceptanceCriterion;
  findingZh: string;
  findingEn: string;
  itemZh: string;
  itemEn: string;
  /** Who is asked to put it right. */
  responsible: Extract<OrganisationRole, 'contractor' | 'designer' | 'owner' | 'supervisor'>;
}

const pr = (
  criterion: AcceptanceCriterion,
  responsible: Problem['responsible'],
  findingZh: string,
  findingEn: string,
  itemZh: string,
  itemEn: string,
): Problem => ({ criterion, responsible, findingZh, findingEn, itemZh, itemEn });

/** Problems an expert panel finds, each with the rectification it asks for. */
export const PROBLEMS: Record<AcceptanceCriterion, readonly Problem[]> = {
  engineering_quality: [
    pr(
      'engineering_quality',
      'contractor',
      '部分屋面瓦件铺设不规整，存在渗漏隐患',
      'Some roof tiles are laid unevenly, with a risk of leaks',
      '对屋面渗漏隐患部位重新捉节夹垄',
      'Re-lay and re-point the roof tiles over the areas at risk of leaking',
    ),
    pr(
      'engineering_quality',
      'contractor',
      '新补配木构件含水率偏高',
      'New timber members have too high a moisture content',
      '更换含水率超标的木构件并做防腐处理',
      'Replace the timber members with excess moisture and treat them against decay',
    ),
    pr(
      'engineering_quality',
      'contractor',
      '墙体勾缝做法与传统做法不一致',
      'The wall pointing differs from the traditional technique',
      '按传统工艺重新勾缝',
      'Re-point the walls in the traditional technique',
    ),
    pr(
      'engineering_quality',
      'contractor',
      '油饰彩画局部起甲脱落',
      'Painted decoration is flaking in places',
      '修补起甲脱落的油饰彩画',
      'Repair the flaking paintwork',
    ),
    pr(
      'engineering_quality',
      'contractor',
      '地面铺装局部不平整',
      'Floor paving is uneven in places',
      '重新铺墁不平整的地面',
      'Relay the uneven paving',
    ),
    pr(
      'engineering_quality',
      'contractor',
      '部分墙体出现新的裂缝',
      'New cracks have appeared in some walls',
      '查明裂缝成因并进行加固处理',
      'Find the cause of the cracks and reinforce the walls',
    ),
  ],
  archive_completeness: [
    pr(
      'archive_completeness',
      'owner',
      '隐蔽工程影像资料不全',
      'Photographs of concealed works are incomplete',
      '补充隐蔽工程影像资料',
      'Supply the photographs of the concealed works',
    ),
    pr(
      'archive_completeness',
      'contractor',
      '施工日志记录不完整',
      'The construction log is incomplete',
      '完善施工日志',
      'Complete the construction log',
    ),
    pr(
      'archive_completeness',
      'contractor',
      '材料检测报告缺失',
      'Material test reports are missing',
      '补齐材料进场检测报告',
      'Supply the test reports of the materials used',
    ),
    pr(
      'archive_completeness',
      'owner',
      '竣工图纸与实际做法不符',
      'The as-built drawings do not match the work',
      '重新绘制竣工图纸',
      'Redraw the as-built drawings',
    ),
  ],
  overall_effect: [
    pr(
      'overall_effect',
      'contractor',
      '新旧构件色差明显，整体协调性不足',
      'New and old members differ visibly in colour',
      '对新配构件进行做旧协调处理',
      'Tone the new members to match the old',
    ),
    pr(
      'overall_effect',
      'owner',
      '周边环境整治不到位',
      'The surroundings have not been tidied',
      '清理施工垃圾并整治周边环境',
      'Clear the site and tidy the surroundings',
    ),
  ],
  protection_objective: [
    pr(
      'protection_objective',
      'designer',
      '部分糟朽构件更换比例偏大，原构件保留不足',
      'Too many decayed members were replaced instead of kept',
      '说明构件更换依据，能保留的原构件应予保留',
      'Justify each replacement and keep the original members that can be kept',
    ),
    pr(
      'protection_objective',
      'contractor',
      '排水系统未能有效解决墙基返潮问题',
      'The drainage does not stop damp rising in the wall bases',
      '完善排水设施，解决墙基返潮',
      'Improve the drainage to stop the rising damp',
    ),
  ],
  plan_compliance: [
    pr(
      'plan_compliance',
      'contractor',
      '局部做法未按批复方案实施',
      'Some work departs from the approved plan',
      '按批复方案对局部做法进行整改',
      'Redo the parts not built to the approved plan',
    ),
    pr(
      'plan_compliance',
      'designer',
      '增加了方案以外的装饰构件',
      'Decorative elements were added that the plan does not include',
      '拆除方案以外的装饰构件',
      'Remove the decorative elements the plan does not include',
    ),
  ],
  procedure_compliance: [
    pr(
      'procedure_compliance',
      'owner',
      '设计变更未报原审批机关备案',
      'A design change was not filed with the approving authority',
      '补办设计变更备案手续',
      'File the design change with the approving authority',
    ),
    pr(
      'procedure_compliance',
      'supervisor',
      '监理旁站记录不完整',
      "The supervisor's on-site records are incomplete",
      '补充监理旁站记录',
      "Complete the supervisor's on-site records",
    ),
  ],
  safety_management: [
    pr(
      'safety_management',
      'contractor',
      '施工现场消防器材配置不足',
      'Too few fire extinguishers on site',
      '按规定增配消防器材',
      'Add fire extinguishers as the rules require',
    ),
    pr(
      'safety_management',
      'contractor',
      '脚手架搭设不规范',
      'The scaffolding is not to standard',
      '按规范整改脚手架',
      'Rebuild the scaffolding to standard',
    ),
    pr(
      'safety_management',
      'contractor',
      '临时用电线路敷设不规范',
      'Temporary wiring is laid unsafely',
      '规范临时用电线路',
      'Lay the temporary wiring safely',
    ),
  ],
};

/** The criteria each kind of inspection assesses (the final acceptance as in the 二砂 opinion). */
export const CRITERIA_BY_KIND: Record<InspectionKind, readonly AcceptanceCriterion[]> = {
  midterm_inspection: ['engineering_quality', 'plan_compliance', 'safety_management'],
  preliminary_acceptance: ['engineering_quality', 'archive_completeness', 'plan_compliance', 'procedure_compliance'],
  final_acceptance: ['engineering_quality', 'archive_completeness', 'overall_effect', 'protection_objective'],
};

export const CONCLUSIONS: Record<InspectionKind, Record<Verdict, readonly [string, string]>> = {
  midterm_inspection: {
    qualified: [
      '工程按批复方案实施，施工质量合格，安全措施到位，同意继续施工。',
      'The works follow the approved plan, their quality is qualified and site safety is in place: work may continue.',
    ],
    basically_qualified: [
      '工程总体基本合格，存在部分问题，须按整改意见限期整改后继续施工。',
      'The works are basically qualified; the problems found must be put right by the dates set before work goes on.',
    ],
    unqualified: [
      '工程存在较多问题，中期检查不合格，须停工整改后重新检查。',
      'Too many problems: the mid-term inspection is not passed; work stops until they are put right and inspected again.',
    ],
  },
  preliminary_acceptance: {
    qualified: [
      '专家组认为工程质量合格，资料基本齐全，同意通过初步验收。',
      'The panel found the engineering quality qualified and the records substantially complete: preliminary acceptance passed.',
    ],
    basically_qualified: [
      '工程基本合格，须对专家组提出的问题进行整改，整改完成后申请复验。',
      'Basically qualified: the problems the panel found must be put right before a new acceptance is requested.',
    ],
    unqualified: [
      '工程存在较多问题，初步验收不合格，须整改后重新组织验收。',
      'Too many problems: preliminary acceptance is not passed and must be held again after rectification.',
    ],
  },
  final_acceptance: {
    qualified: [
      '专家组一致认为本项目工程质量合格、档案资料齐全，总体效果较好，达到文物本体保护的目的，工程验收合格。',
      'The panel found the engineering quality qualified, the archives complete, the overall effect fairly good and the protection objective achieved: acceptance passed.',
    ],
    basically_qualified: [
      '工程基本合格，须完成整改后方可办理竣工手续。',
      'Basically qualified: completion may be registered once the rectification is done.',
    ],
    unqualified: ['工程验收不合格。', 'Acceptance not passed.'],
  },
};

/** Notes a milestone may carry; {a} is the authority, {d} the designer, {c} the contractor. */
export const NOTES: Partial<Record<MilestoneKind, readonly (readonly [string, string])[]>> = {
  proposal_submitted: [
    ['报送立项申请及项目计划书', 'Application and project proposal submitted'],
    ['管理使用单位申请立项', 'The managing unit applied for the project'],
  ],
  project_approval: [
    ['{a}同意立项', 'Project approved by the {A}'],
    ['{a}批复同意开展前期勘察设计', 'The {A} approved the survey and design work'],
  ],
  plan_submitted: [['委托{d}编制保护修缮方案并报审', 'Plan drawn up by {D} and submitted for approval']],
  plan_approval: [
    ['{a}批复保护修缮方案', 'Plan approved by the {A}'],
    ['{a}原则同意方案，要求深化施工图设计', 'The {A} approved the plan in principle and asked for detailed drawings'],
  ],
  plan_filing: [['方案报国家文物局备案', 'Plan filed with the National Cultural Heritage Administration']],
  construction_start: [
    ['{c}进场施工', '{C} started work on site'],
    ['开工，搭设保护棚及脚手架', 'Work started: protective shelter and scaffolding put up'],
  ],
  construction_complete: [
    ['主体工程完工', 'Main works complete'],
    ['{c}完成全部施工内容', '{C} completed all the works'],
  ],
  rectification_closed: [['整改完成，经复查合格', 'Rectification done and checked']],
  archived: [['工程档案整理归档，纳入“四有”档案', "Project records filed in the site's archive (四有档案)"]],
};

/** Project titles: what is done, per category (protective facilities and others in their usual kinds). */
export const PROJECT_KINDS: Record<ProjectCategory, readonly (readonly [string, string])[]> = {
  repair: [
    ['修缮工程', 'Repair of'],
    ['保护修缮工程', 'Conservation and repair of'],
    ['本体保护修缮工程', 'Repair of the fabric of'],
  ],
  maintenance: [
    ['保养维护工程', 'Maintenance of'],
    ['日常养护工程', 'Routine upkeep of'],
  ],
  emergency_reinforcement: [
    ['抢险加固工程', 'Emergency reinforcement of'],
    ['灾后抢险加固工程', 'Emergency reinforcement after disaster damage of'],
  ],
  protective_facility: [
    ['安防工程', 'Security system for'],
    ['消防工程', 'Fire protection for'],
    ['防雷工程', 'Lightning protection for'],
    ['保护棚建设工程', 'Protective shelter for'],
  ],
  relocation: [['迁移保护工程', 'Relocation of']],
  other: [
    ['环境整治工程', 'Environmental improvement at'],
    ['展示利用工程', 'Display and interpretation at'],
    ['数字化保护工程', 'Digital recording of'],
  ],
};

export const SUBMISSION_NOTES = [
  ['已按要求完成整改，附整改前后照片', 'Done as required; photographs before and after attached'],
  ['整改完成，相关资料已补充归档', 'Done; the missing records have been filed'],
] as const;
export const VERIFICATION_NOTES = [
  ['经复查，整改到位', 'Checked: put right'],
  ['现场复核，符合要求', 'Checked on site: meets the requirement'],
] as const;

export const fillNote = (text: string, v: Record<string, string>) => text.replace(/\{(\w)\}/g, (_, k: string) => v[k] ?? '');
