import { Badge } from '@/components/ui/badge';
import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import type { RectificationItemDto } from '@/lib/api/dto';
import type { RectificationStatus } from '@/lib/domain/codes';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { isOverdue } from '@/lib/domain/rectification';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';

const statusTone: Record<RectificationStatus, [tone: string, symbol: string]> = {
  open: ['pending', '○'],
  submitted: ['active', '◑'],
  closed: ['done', '✓'],
};

/**
 * Rectification items with where each stands (or stood, on a corrected opinion). An item past its due date and not yet verified
 * closed says so in words and a symbol, not by colour alone; `today` is the bureau's date of
 * this request, so the page never freezes yesterday's "overdue".
 */
export function RectificationTable({ items, today, frozen = false }: { items: RectificationItemDto[]; today: string; frozen?: boolean }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  // A corrected opinion's items stopped moving when the correction took them over.
  const stateLabel = t(frozen ? 'opinion.stateAtCorrection' : 'opinion.state');
  return (
    <div className="table-scroll">
      <table className="stack rectification-table">
        <thead>
          <tr>
            <th scope="col">{t('opinion.item')}</th>
            <th scope="col">{t('opinion.responsible')}</th>
            <th scope="col">{t('opinion.due')}</th>
            <th scope="col">{stateLabel}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const overdue = !frozen && isOverdue(r, today);
            const [tone, symbol] = statusTone[r.status];
            return (
              <tr key={r.id} className={overdue ? 'overdue' : undefined}>
                <td data-label={t('opinion.item')}>
                  <LocalText text={r.description} />
                </td>
                <td data-label={t('opinion.responsible')}>
                  {r.responsible ? (
                    <LocalText text={r.responsible.name} />
                  ) : (
                    <span className="muted">{t('opinion.unnamedResponsible')}</span>
                  )}
                </td>
                <td data-label={t('opinion.due')}>
                  <span className="due">
                    <PartialDateText date={r.due} fallback={t('opinion.noDue')} />
                    {overdue && (
                      <span title={t('opinion.overdueNote', { today: formatPartialDate(today, locale) })}>
                        <Badge tone="bad" symbol="!" label={t('opinion.overdue')} />
                      </span>
                    )}
                  </span>
                </td>
                <td data-label={stateLabel}>
                  <Badge tone={tone} symbol={symbol} label={t(`rectificationStatus.${r.status}`)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
