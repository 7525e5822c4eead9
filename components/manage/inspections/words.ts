/**
 * How the inspection screens name things: an inspection by its kind, occurrence and date; an
 * organisation by its Chinese name; a field's messages under the label the form shows.
 */
import type { OrganisationRef } from '@/lib/api/dto';
import { FIELD_LABELS } from '@/lib/api/schemas';
import type { InspectionKind, OrganisationRole } from '@/lib/domain/codes';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { milestoneName } from '../history-text';
import { t } from '../i18n';

/** 中期检查（第2次） · 2024年9月12日 */
export function inspectionTitle(i: { kind: InspectionKind; sequence: number; date: string | null }): string {
  return t('manage.inspections.heading', {
    kind: milestoneName(i.kind, i.sequence),
    date: i.date ? formatPartialDate(i.date, 'zh') : t('common.undated'),
  });
}

export function organisationName(o: OrganisationRef | null | undefined): string | null {
  return o ? o.name.zh : null;
}

export function attendeeWords(a: { role: OrganisationRole; organisation: OrganisationRef | null }): string {
  return a.organisation
    ? `${a.organisation.name.zh}（${t(`orgRole.${a.role}`)}）`
    : t('project.unnamedUnit', { role: t(`orgRole.${a.role}`) });
}

/**
 * "备注：请说明整改情况（至少5个字）" from the shared schema becomes "整改情况说明：请说明…": the
 * schema names the field by its API name's label, the form by what the clerk reads above the box.
 */
export function underLabel(messages: string[] | undefined, label: string): string[] {
  const known = new Set(Object.values(FIELD_LABELS));
  return (messages ?? []).map((m) => {
    const cut = m.indexOf('：');
    const rule = cut > 0 && known.has(m.slice(0, cut)) ? m.slice(cut + 1) : m;
    return `${label}：${rule}`;
  });
}

/** The rule's own sentence, without a field label the server may have put before it. */
export function plainSentence(message: string): string {
  const cut = message.indexOf('：');
  return cut > 0 && Object.values(FIELD_LABELS).includes(message.slice(0, cut)) ? message.slice(cut + 1) : message;
}
