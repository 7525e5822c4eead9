import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { t } from './i18n';
import { criterionLabel, gradeLabel } from './labels';

/**
 * What the members' grades point to. Before a verdict is recorded the form starts from it, and
 * says so; afterwards it stays beside the form as a reference.
 */
export function ProposalNote({ dto }: { dto: InspectionReviewDto }) {
  const { proposal, verdict } = dto;
  const criteria = proposal.criteria.map((c) => `${criterionLabel(c.criterion)} ${gradeLabel(c.criterion, c.grade)}`).join('、');
  return (
    <div className="rv-proposal-note" role="note">
      {verdict && <p className="rv-proposal-recorded">{t('review.verdict.recorded')}</p>}
      <p>
        {proposal.verdict ? (
          <strong>{t('review.verdict.fromProposal', { verdict: t(`verdict.${proposal.verdict}`) })}</strong>
        ) : (
          t('review.verdict.fromProposalNone')
        )}
      </p>
      {criteria && <p className="small">{t('review.verdict.proposalCriteria', { list: criteria })}</p>}
    </div>
  );
}
