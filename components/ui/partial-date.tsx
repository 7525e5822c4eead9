import { formatPartialDate, type PartialDate } from '@/lib/domain/partial-date';
import { useReaderLocale } from '@/lib/i18n/locale';

/** A partial date as a person reads it (2020年8月13日, 13 August 2020, July 2020), machine-readable in <time>. */
export function PartialDateText({ date, fallback }: { date: PartialDate | null; fallback?: string }) {
  const locale = useReaderLocale();
  if (!date) return fallback ? <span className="muted">{fallback}</span> : null;
  return <time dateTime={date}>{formatPartialDate(date, locale)}</time>;
}
