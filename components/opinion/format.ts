import type { InspectionDto, RectificationItemDto } from '@/lib/api/dto';
import type { MilestoneKind } from '@/lib/domain/codes';
import { formatPartialDate, toIsoRange } from '@/lib/domain/partial-date';
import { defaultLocale, type Locale, pickText, type Translator } from '@/lib/i18n/translator';

/** Signing times are instants; a reader in China reads them on Beijing time, whatever the server's zone. */
const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2024年9月12日 or 12 September 2024, with the time (14:05) when asked: Beijing time in both languages. */
export function formatInstant(iso: string, withTime = false, locale: Locale = defaultLocale): string {
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month?.padStart(2, '0')}-${parts.day?.padStart(2, '0')}`;
  const date = formatPartialDate(day, locale);
  return withTime ? `${date} ${parts.hour}:${parts.minute}` : date;
}

/** Past its due date (the whole span of a month or a year) and not verified closed. */
export function isOverdue(item: Pick<RectificationItemDto, 'due' | 'status'>, today: string): boolean {
  return item.status !== 'closed' && item.due !== null && toIsoRange(item.due).end < today;
}

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
