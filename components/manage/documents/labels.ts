import type { MilestoneDto, StaffDocumentDto } from '@/lib/api/dto';
import type { RectificationItemDetail } from '@/lib/api/review-dto';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { milestoneName } from '../history-text';
import { t } from '../i18n';

/** 开工, 中期检查（第2次）… */
export const milestoneLabel = (m: Pick<MilestoneDto, 'kind' | 'sequence'>) => milestoneName(m.kind, m.sequence);

/** 中期检查 2024年9月12日: an inspection by its milestone and day. */
export function inspectionLabel(m: MilestoneDto): string {
  const date = m.inspection?.date ? formatPartialDate(m.inspection.date, 'zh') : null;
  return [milestoneLabel(m), date].filter(Boolean).join(' ');
}

/** What a document belongs to, in the words of the upload form. */
export function attachedTo(doc: StaffDocumentDto, milestones: MilestoneDto[], items: RectificationItemDetail[]): string {
  if (doc.rectificationItemId !== null) {
    const item = items.find((i) => i.id === doc.rectificationItemId);
    return t('manage.documents.attachedItem', { description: item?.description ?? `#${doc.rectificationItemId}` });
  }
  if (doc.inspectionId !== null) {
    const m = milestones.find((x) => x.inspection?.id === doc.inspectionId);
    return t('manage.documents.attachedInspection', { name: m ? inspectionLabel(m) : `#${doc.inspectionId}` });
  }
  if (doc.milestoneId !== null) {
    const m = milestones.find((x) => x.id === doc.milestoneId);
    return t('manage.documents.attachedMilestone', { name: m ? milestoneLabel(m) : `#${doc.milestoneId}` });
  }
  return t('manage.documents.attachedProject');
}

/** 整改前/整改后 for a rectification item's photos, 修缮前/修缮后 for a building's; null for other documents. */
export function evidenceWords(doc: Pick<StaffDocumentDto, 'evidence' | 'rectificationItemId'>): string | null {
  if (!doc.evidence) return null;
  if (doc.rectificationItemId !== null) {
    return t(doc.evidence === 'before' ? 'manage.documents.evidenceBefore' : 'manage.documents.evidenceAfter');
  }
  return t(doc.evidence === 'before' ? 'manage.documents.restorationBefore' : 'manage.documents.restorationAfter');
}

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
