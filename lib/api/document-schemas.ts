/**
 * The document API's bodies: the text fields of an upload (multipart/form-data, so every value
 * arrives as a string) and the JSON of a change. Shared by the staff forms (checked as the clerk
 * types) and the service (checked again). Messages are Chinese and name the field and the rule.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '@/lib/domain/codes';
import { optionalText, slug, text } from './schemas';

/** What a document can belong to: exactly one per upload. */
export const DOCUMENT_TARGETS = ['project', 'building', 'milestone', 'inspection', 'rectificationItem'] as const;
export type DocumentTarget = (typeof DOCUMENT_TARGETS)[number];

/** Before/after evidence: the photos of a rectification item or of a building's restoration. */
export const EVIDENCE = ['before', 'after'] as const;
export type Evidence = (typeof EVIDENCE)[number];
const EVIDENCE_TARGETS: DocumentTarget[] = ['rectificationItem', 'building'];

export const DOCUMENT_FIELD_LABELS: Record<string, string> = {
  file: '文件',
  title: '中文标题',
  titleEn: '英文标题',
  kind: '类别',
  public: '公开',
  target: '归属',
  project: '工程',
  building: '文物建筑',
  milestone: '节点',
  inspection: '检查/验收',
  rectificationItem: '整改事项',
  evidence: '整改前/后',
  body: '请求',
};

/** A form leaves an unused field empty; empty means absent. */
const blankIsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const recordId = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, { error: '应为记录编号（正整数）' })
  .transform(Number);

/** A building by its id, or by "site-slug/building-slug". */
const buildingRef = z.string().regex(/^(?:[1-9]\d{0,15}|[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*)$/, {
  error: '应为建筑编号，或“文物保护单位标识/建筑标识”（如 ersha/office-building）',
});

export const documentUploadSchema = z
  .object({
    // A missing title is the same mistake as an empty one, and is told the same way.
    title: z.preprocess((v) => v ?? '', text(200)),
    titleEn: blankIsAbsent(optionalText(200)),
    kind: z.enum(DOCUMENT_KINDS, { error: '请选择文件类别' }),
    public: blankIsAbsent(z.enum(['true', 'false'], { error: '应为 true 或 false' })).transform((v) => v === 'true'),
    project: blankIsAbsent(slug),
    building: blankIsAbsent(buildingRef),
    milestone: blankIsAbsent(recordId),
    inspection: blankIsAbsent(recordId),
    rectificationItem: blankIsAbsent(recordId),
    evidence: blankIsAbsent(z.enum(EVIDENCE, { error: '应为 before（整改前）或 after（整改后）' })),
  })
  .superRefine((v, ctx) => {
    const named = DOCUMENT_TARGETS.filter((target) => v[target] !== undefined);
    if (named.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: `须指定且只能指定一个：工程、文物建筑、节点、检查/验收或整改事项（现为${named.length}个）`,
      });
    }
    if (v.evidence && !named.some((target) => EVIDENCE_TARGETS.includes(target))) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: '只用于整改事项或文物建筑的照片' });
    }
  });

export const documentPatchSchema = z
  .object({
    title: text(200).optional(),
    titleEn: optionalText(200),
    public: z.boolean({ error: '应为是或否' }).optional(),
  })
  .refine((v) => v.title !== undefined || v.titleEn !== undefined || v.public !== undefined, {
    path: ['body'],
    error: '至少修改一项：标题或公开',
  });

export type DocumentUpload = z.infer<typeof documentUploadSchema>;
export type DocumentPatch = z.infer<typeof documentPatchSchema>;

/** zod issues as `{ field: ["字段：规则"] }`, named by the words of the upload form. */
export function documentFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'body';
    const label = DOCUMENT_FIELD_LABELS[field] ?? field;
    out[field] = [...(out[field] ?? []), `${label}：${issue.message}`];
  }
  return out;
}
