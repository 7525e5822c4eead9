import { formatPartialDate, type PartialDate } from '@/lib/domain/partial-date';

/** A partial date as a person reads it (2020年8月13日, 2020年7月), machine-readable in <time>. */
export function PartialDateText({ date, fallback }: { date: PartialDate | null; fallback?: string }) {
  if (!date) return fallback ? <span className="muted">{fallback}</span> : null;
  return <time dateTime={date}>{formatPartialDate(date, 'zh')}</time>;
}
