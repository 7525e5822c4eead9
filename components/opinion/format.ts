import type { InspectionDto } from '@/lib/api/dto';
import type { MilestoneKind } from '@/lib/domain/codes';
import { defaultLocale, type Locale, pickText, type Translator } from '@/lib/i18n/translator';

/** Where a decided inspection's printable opinion lives (without the language prefix: see localeHref). */
export function opinionHref(projectSlug: string, inspectionId: number): string {
  return `/projects/${encodeURIComponent(projectSlug)}/inspections/${inspectionId}`;
}

/** 检查意见 for an inspection, 验收意见 for an acceptance. */
export function documentName(t: Translator, kind: MilestoneKind): string {
  const key = `opinion.document.${kind}`;
  return t.has(key as 'opinion.document.other') ? t(key as 'opinion.document.other') : t('opinion.document.other');
}

export function gradeLabel(t: Translator, criterion: string, grade: string): string {
  // Real opinions word some criteria their own way: archives are 齐全, an objective is 达到.
  const specific = `gradeFor.${criterion}.${grade}`;
  return t.has(specific as 'grade.good') ? t(specific as 'grade.good') : t(`grade.${grade as 'good'}`);
}

export function attendeeName(t: Translator, a: InspectionDto['attendees'][number], locale: Locale = defaultLocale): string {
  return a.organisation ? pickText(a.organisation.name, locale) : t('project.unnamedUnit', { role: t(`orgRole.${a.role}`) });
}

/** A reason goes inside a sentence of ours: its own closing punctuation would double ours. */
export function clause(text: string): string {
  return text.trim().replace(/[。．.！!；;，,、\s]+$/u, '');
}
