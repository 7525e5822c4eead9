/**
 * One zod schema per API body, shared by the staff forms (validation as the user types) and
 * the services (validation again on the server). Messages are Chinese and name the rule; the
 * field is named by `fieldErrors`.
 */
import { z } from 'zod';
import {
  ADMIN_LEVELS,
  APPROVAL_DECISIONS,
  MILESTONE_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  PROJECT_CATEGORIES,
  PROTECTION_LEVELS,
  SITE_CATEGORIES,
} from '@/lib/domain/codes';
import { parsePartialDate } from '@/lib/domain/partial-date';

z.config(z.locales.zhCN());
// No compiled validators: zod would first probe for eval with `new Function`, which the script
// policy refuses in the browser (and reports as a violation on every workspace screen).
z.config({ jitless: true });

const DATE_REASONS = {
  format: '日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2020、2020-07、2020-08-13）',
  month: '月份不存在',
  day: '该月没有这一天',
} as const;

/** A partial date, or null to clear it. */
export const partialDateSchema = z.string().superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: DATE_REASONS[parsed.reason] });
});
const optionalDate = partialDateSchema.nullable().optional();

export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: '不能为空' })
    .max(max, { error: `不能超过${max}个字符` });
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过${max}个字符` })
    .nullable()
    .optional();
export const slug = z
  .string()
  .min(2, { error: '至少2个字符' })
  .max(80, { error: '不能超过80个字符' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '只能用小写英文字母、数字和连字符，如 office-building' });
const names = z.object({ zh: text(200), en: optionalText(200) });
const year = z.number().int({ error: '应为整数年份' }).min(1, { error: '年份不正确' }).max(2100, { error: '年份不正确' });

export const siteCreateSchema = z.object({
  slug,
  name: names,
  aliases: z.array(text(100)).max(20).optional(),
  category: z.enum(SITE_CATEGORIES, { error: '请选择文物类别' }),
  address: z.object({ zh: optionalText(300), en: optionalText(300) }).optional(),
  district: optionalText(100),
  foundedYear: year.nullable().optional(),
  description: z.object({ zh: optionalText(5000), en: optionalText(5000) }).optional(),
});
export const sitePatchSchema = siteCreateSchema.omit({ slug: true }).partial();

export const designationCreateSchema = z.object({
  level: z.enum(PROTECTION_LEVELS, { error: '请选择保护级别' }),
  batch: z.number().int({ error: '批次应为整数' }).min(1, { error: '批次应为正整数' }).max(99).nullable().optional(),
  date: optionalDate,
  issuer: slug.nullable().optional(),
  documentNumber: optionalText(100),
  officialCode: optionalText(100),
});
export const designationPatchSchema = designationCreateSchema.partial();

export const buildingCreateSchema = z.object({
  slug,
  name: names,
  aliases: z.array(text(100)).max(20).optional(),
  originalUse: z.object({ zh: optionalText(200), en: optionalText(200) }).optional(),
  builtYear: year.nullable().optional(),
  floorAreaM2: z.number().positive({ error: '面积应大于0' }).max(10_000_000).nullable().optional(),
  condition: optionalText(2000),
  description: z.object({ zh: optionalText(5000), en: optionalText(5000) }).optional(),
});
export const buildingPatchSchema = buildingCreateSchema.omit({ slug: true }).partial();

export const organisationCreateSchema = z.object({
  slug,
  name: names,
  kind: z.enum(ORGANISATION_KINDS, { error: '请选择单位类型' }),
  adminLevel: z.enum(ADMIN_LEVELS, { error: '请选择行政级别' }).nullable().optional(),
});
export const organisationPatchSchema = organisationCreateSchema.omit({ slug: true }).partial();

const participant = z.object({ organisation: slug, role: z.enum(ORGANISATION_ROLES, { error: '请选择参与角色' }) });

export const projectCreateSchema = z.object({
  site: slug,
  slug: slug.refine((s) => s !== 'new', { error: '“new”留作新建工程的网址，请换一个' }).optional(),
  title: names,
  category: z.enum(PROJECT_CATEGORIES, { error: '请选择工程类别' }),
  buildings: z.array(slug).min(1, { error: '至少选择一栋文物建筑' }).max(200),
  participants: z.array(participant).max(50).optional(),
  description: z.object({ zh: optionalText(5000), en: optionalText(5000) }).optional(),
  published: z.boolean({ error: '应为是或否' }).optional(),
});
export const projectPatchSchema = projectCreateSchema.omit({ site: true, slug: true }).partial();

export const approvalCreateSchema = z.object({
  subject: z.enum(['project', 'plan', 'plan_filing', 'other'], { error: '请选择批复事项' }),
  subjectText: z.object({ zh: optionalText(500), en: optionalText(500) }).optional(),
  authority: slug.nullable().optional(),
  date: optionalDate,
  documentNumber: optionalText(100),
  decision: z.enum(APPROVAL_DECISIONS, { error: '请选择批复意见' }),
  buildings: z.array(slug).max(200).optional(),
});
export const approvalPatchSchema = approvalCreateSchema.partial();

export const milestoneCreateSchema = z.object({
  kind: z.enum(MILESTONE_KINDS, { error: '请选择节点类型' }),
  planned: optionalDate,
  actual: optionalDate,
  note: optionalText(2000),
});

export const milestonePatchSchema = z.object({
  planned: optionalDate,
  actual: optionalDate,
  note: optionalText(2000),
  version: z.number({ error: '缺少版本号' }).int().positive(),
});

export type SiteCreate = z.infer<typeof siteCreateSchema>;
export type SitePatch = z.infer<typeof sitePatchSchema>;
export type DesignationCreate = z.infer<typeof designationCreateSchema>;
export type DesignationPatch = z.infer<typeof designationPatchSchema>;
export type BuildingCreate = z.infer<typeof buildingCreateSchema>;
export type BuildingPatch = z.infer<typeof buildingPatchSchema>;
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;
export type OrganisationPatch = z.infer<typeof organisationPatchSchema>;
export type ProjectCreate = z.infer<typeof projectCreateSchema>;
export type ProjectPatch = z.infer<typeof projectPatchSchema>;
export type ApprovalCreate = z.infer<typeof approvalCreateSchema>;
export type ApprovalPatch = z.infer<typeof approvalPatchSchema>;
export type MilestoneCreate = z.infer<typeof milestoneCreateSchema>;
export type MilestonePatch = z.infer<typeof milestonePatchSchema>;

/** Field labels, so an error says which field in words a clerk uses. */
export const FIELD_LABELS: Record<string, string> = {
  slug: '网址标识',
  'name.zh': '中文名称',
  'name.en': '英文名称',
  'title.zh': '中文标题',
  'title.en': '英文标题',
  category: '类别',
  buildings: '文物建筑',
  participants: '参与单位',
  site: '文物保护单位',
  kind: '类型',
  planned: '计划日期',
  actual: '实际日期',
  note: '备注',
  version: '版本号',
  level: '保护级别',
  batch: '批次',
  date: '日期',
  issuer: '公布机关',
  documentNumber: '文号',
  authority: '审批机关',
  decision: '批复意见',
  subject: '批复事项',
  floorAreaM2: '建筑面积',
  builtYear: '建成年代',
  foundedYear: '始建年份',
  published: '公开',
  adminLevel: '行政级别',
  aliases: '又称',
  'address.zh': '中文地址',
  'address.en': '英文地址',
  district: '所在区县',
  'description.zh': '中文说明',
  'description.en': '英文说明',
  'originalUse.zh': '原用途',
  'originalUse.en': '原用途（英文）',
  condition: '现状',
  'subjectText.zh': '批复事项说明',
  'subjectText.en': '批复事项说明（英文）',
  officialCode: '官方编号',
  reason: '原因',
  organiser: '组织单位',
  attendees: '参加单位',
  panel: '专家组',
  email: '邮箱',
  chair: '组长',
  waiver: '豁免理由',
  assessments: '评定',
  criterion: '评定项',
  grade: '评定等级',
  remarks: '意见',
  verdict: '结论',
  unanimous: '一致意见',
  dissent: '不同意见',
  conclusion: '总体意见',
  criteria: '分项评定',
  findings: '存在问题',
  text: '问题描述',
  rectificationItems: '整改要求',
  description: '整改内容',
  responsible: '责任单位',
  due: '整改期限',
  contentHash: '签署内容',
  accept: '核验结果',
};

function nestedLabel(path: PropertyKey[]): string | undefined {
  const index = path.findIndex((p) => typeof p === 'number');
  if (index < 1) return undefined;
  const list = FIELD_LABELS[String(path[index - 1])];
  const leaf = path.length > index + 1 ? FIELD_LABELS[String(path.at(-1))] : undefined;
  if (!list) return undefined;
  return `${list}第${Number(path[index]) + 1}项${leaf ? `·${leaf}` : ''}`;
}

/** zod issues as `{ field: ["字段：规则"] }`, the shape of a problem's `errors`. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'body';
    // A nested field (panel.1.email) is named by its last word with its place: 专家组第2项·邮箱.
    const label = FIELD_LABELS[field] ?? nestedLabel(issue.path) ?? FIELD_LABELS[String(issue.path[0])] ?? field;
    const list = out[field] ?? [];
    list.push(`${label}：${issue.message}`);
    out[field] = list;
  }
  return out;
}
