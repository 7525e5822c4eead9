import type { InspectionDto } from '@/lib/api/dto';
import { formatInstant } from '@/lib/domain/partial-date';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

/** How the record stands: signed here by the whole panel, or imported from a published report. */
export function RecordLine({ inspection }: { inspection: InspectionDto }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  if (inspection.signedAt) {
    return (
      <span className="record-line signed">
        <span aria-hidden="true">✎ </span>
        <time dateTime={inspection.signedAt}>{t('opinion.signed', { date: formatInstant(inspection.signedAt, false, locale) })}</time>
      </span>
    );
  }
  if (inspection.historical) {
    return (
      <span className="record-line historical">
        <span aria-hidden="true">※ </span>
        {t('opinion.historical')}
      </span>
    );
  }
  return null;
}
