import type { InspectionStage, VerdictDraftDto } from '@/lib/api/review-dto';
import { VerdictBadge } from '../badges';
import { t } from '../i18n';

function gradeWords(criterion: string, grade: string): string {
  // Real opinions word some criteria their own way: archives are 齐全, an objective is 达到.
  const specific = `gradeFor.${criterion}.${grade}` as 'grade.good';
  return t.has(specific) ? t(specific) : t(`grade.${grade as 'good'}`);
}

/** The panel's verdict as recorded: final once locked, a draft while signatures are collected. */
export function VerdictSummary({ verdict, stage }: { verdict: VerdictDraftDto | null; stage: InspectionStage }) {
  if (!verdict) return <p className="muted">{t('manage.inspections.verdictNone')}</p>;
  return (
    <div className="verdict-summary">
      <p className="verdict-line">
        <strong>{stage === 'signing' ? t('manage.inspections.verdictDraft') : t('manage.inspections.verdict')}：</strong>
        <VerdictBadge verdict={verdict.verdict} />
        {verdict.unanimous ? (
          <span>{t('manage.inspections.unanimous')}</span>
        ) : (
          <span>{t('manage.inspections.dissent', { text: verdict.dissent ?? '' })}</span>
        )}
      </p>
      {verdict.conclusion && <blockquote className="conclusion">{verdict.conclusion}</blockquote>}
      {verdict.criteria.length > 0 && (
        <p className="small">
          <span className="muted">{t('manage.inspections.criteria')}：</span>
          {verdict.criteria.map((c) => `${t(`criterion.${c.criterion}`)} ${gradeWords(c.criterion, c.grade)}`).join('；')}
        </p>
      )}
    </div>
  );
}
