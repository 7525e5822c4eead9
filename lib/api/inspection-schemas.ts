/**
 * The bodies of the inspection workflow: scheduling (staff), assessments (each member), the
 * panel verdict (chair), signatures, amendments and the rectification lifecycle. Shared by the
 * forms and the services, like lib/api/schemas.ts, whose building blocks and labels they use.
 */
import { z } from 'zod';
import { ACCEPTANCE_CRITERIA, CRITERION_GRADES, INSPECTION_KINDS, ORGANISATION_ROLES, VERDICTS } from '@/lib/domain/codes';
import { isPartialDate } from '@/lib/domain/partial-date';
import { optionalText, partialDateSchema, slug, text } from './schemas';

/** An inspection is held on a day: a meeting has a full date. */
const meetingDate = partialDateSchema.refine((d) => !isPartialDate(d) || d.length === 10, {
  error: '检查或验收日期应写到日，如 2024-09-12',
});

const criterion = z.enum(ACCEPTANCE_CRITERIA, { error: '请选择评定项' });
const grade = z.enum(CRITERION_GRADES, { error: '请选择评定等级' });
const version = z.number({ error: '缺少版本号' }).int().positive();

/** Each criterion at most once in a list. */
function uniqueCriteria<T extends { criterion: string }>(list: T[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (seen.has(item.criterion)) ctx.addIssue({ code: 'custom', path: [index, 'criterion'], message: '同一评定项只能填写一次' });
    seen.add(item.criterion);
  });
}

export const inspectionScheduleSchema = z.object({
  kind: z.enum(INSPECTION_KINDS, { error: '请选择检查或验收类型' }),
  date: meetingDate,
  organiser: slug,
  attendees: z
    .array(z.object({ organisation: slug.nullable().optional(), role: z.enum(ORGANISATION_ROLES, { error: '请选择参与角色' }) }))
    .max(30)
    .optional(),
  panel: z
    .array(z.object({ email: z.email({ error: '邮箱格式不正确' }).max(200), chair: z.boolean({ error: '应为是或否' }) }))
    .min(2, { error: '专家组至少2人' })
    .max(15, { error: '专家组不超过15人' })
    .superRefine((panel, ctx) => {
      const chairs = panel.filter((m) => m.chair).length;
      if (chairs !== 1) ctx.addIssue({ code: 'custom', message: `须指定且只能指定一位组长（现为${chairs}位）` });
      const seen = new Set<string>();
      panel.forEach((m, index) => {
        const email = m.email.toLowerCase();
        if (seen.has(email)) ctx.addIssue({ code: 'custom', path: [index, 'email'], message: '同一位专家只能列入一次' });
        seen.add(email);
      });
    }),
  /** A written reason to hold a final acceptance before its preconditions are met (rule 5). */
  waiver: z.string().trim().min(10, { error: '豁免须写明理由（至少10个字）' }).max(2000, { error: '不能超过2000个字符' }).optional(),
});

export const assessmentsSchema = z.object({
  assessments: z
    .array(z.object({ criterion, grade, remarks: optionalText(2000) }))
    .min(1, { error: '至少评定一项' })
    .max(ACCEPTANCE_CRITERIA.length)
    .superRefine(uniqueCriteria),
});

export const rectificationRequirementSchema = z.object({
  description: text(1000),
  responsible: slug.nullable().optional(),
  due: partialDateSchema,
});

export const verdictSchema = z
  .object({
    version,
    verdict: z.enum(VERDICTS, { error: '请选择结论' }),
    unanimous: z.boolean({ error: '请说明是否一致通过' }),
    dissent: optionalText(2000),
    conclusion: optionalText(2000),
    criteria: z
      .array(z.object({ criterion, grade }))
      .min(1, { error: '至少给出一项分项评定' })
      .max(ACCEPTANCE_CRITERIA.length)
      .superRefine(uniqueCriteria),
    findings: z.array(z.object({ criterion, text: text(2000) })).max(50),
    rectificationItems: z.array(rectificationRequirementSchema).max(50),
  })
  .superRefine((v, ctx) => {
    // Rule 5: a verdict short of 合格 obliges rectification.
    if (v.verdict !== 'qualified' && v.rectificationItems.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['rectificationItems'], message: '结论为基本合格或不合格时，须至少列出一项整改要求' });
    }
    if (!v.unanimous && !v.dissent) {
      ctx.addIssue({ code: 'custom', path: ['dissent'], message: '非一致意见时须记录不同意见' });
    }
  });

export const signSchema = z.object({
  contentHash: z.string({ error: '缺少签署内容的摘要' }).regex(/^[0-9a-f]{64}$/, { error: '签署内容摘要格式不正确' }),
});

export const amendmentSchema = z.object({
  reason: z.string().trim().min(10, { error: '更正须写明理由（至少10个字）' }).max(2000, { error: '不能超过2000个字符' }),
});

export const rectificationSubmitSchema = z.object({
  version,
  note: z.string().trim().min(5, { error: '请说明整改情况（至少5个字）' }).max(5000, { error: '不能超过5000个字符' }),
});

export const rectificationVerifySchema = z
  .object({
    version,
    accept: z.boolean({ error: '请选择通过或退回' }),
    note: optionalText(5000),
  })
  .superRefine((v, ctx) => {
    if (!v.accept && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '退回整改须说明原因' });
  });

export type InspectionSchedule = z.infer<typeof inspectionScheduleSchema>;
export type Assessments = z.infer<typeof assessmentsSchema>;
export type VerdictInput = z.infer<typeof verdictSchema>;
export type SignInput = z.infer<typeof signSchema>;
export type AmendmentInput = z.infer<typeof amendmentSchema>;
export type RectificationSubmit = z.infer<typeof rectificationSubmitSchema>;
export type RectificationVerify = z.infer<typeof rectificationVerifySchema>;
