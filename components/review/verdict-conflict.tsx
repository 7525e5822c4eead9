import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { t } from './i18n';
import { VerdictSummary } from './verdict-summary';

/**
 * Someone saved the verdict after this form was opened. The page has refetched it: show what is
 * saved now, and let the chair choose between that and what they typed.
 */
export function VerdictConflict({ dto, onReload, onKeep }: { dto: InspectionReviewDto; onReload: () => void; onKeep: () => void }) {
  return (
    <div className="notice tone-warn rv-conflict-note" role="alert">
      <p>
        <strong>{t('review.verdict.conflictTitle')}</strong>
      </p>
      <p>{t('review.verdict.conflictBody')}</p>
      {dto.verdict ? (
        <details>
          <summary>{t('review.verdict.conflictSaved')}</summary>
          <VerdictSummary verdict={dto.verdict} headingLevel={4} />
        </details>
      ) : (
        <p>{t('review.verdict.conflictNone')}</p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onReload}>
          {t('review.verdict.conflictReload')}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          {t('review.verdict.conflictKeep')}
        </button>
      </div>
    </div>
  );
}
