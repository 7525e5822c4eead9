import { PartialDateText } from '@/components/ui/partial-date';
import type { VerdictDraftDto } from '@/lib/api/review-dto';
import { ACCEPTANCE_CRITERIA } from '@/lib/domain/codes';
import { t } from './i18n';
import { criterionLabel, gradeLabel, VerdictBadge } from './labels';

/** Findings in the order of the criteria, each criterion's under its name. */
function groupFindings(findings: VerdictDraftDto['findings']) {
  return ACCEPTANCE_CRITERIA.map((c) => ({ criterion: c, texts: findings.filter((f) => f.criterion === c).map((f) => f.text) })).filter(
    (g) => g.texts.length > 0,
  );
}

/** The panel's verdict as it stands: what a member reads before signing and what a locked record shows. */
export function VerdictSummary({ verdict, headingLevel = 3 }: { verdict: VerdictDraftDto; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const groups = groupFindings(verdict.findings);
  return (
    <div className="rv-verdict-summary">
      <p className="rv-verdict-line">
        <strong>{t('review.sign.verdict')}</strong>
        <VerdictBadge verdict={verdict.verdict} />
        {verdict.unanimous && <span>{t('review.sign.unanimous')}</span>}
      </p>
      {!verdict.unanimous && verdict.dissent && <p className="notice tone-warn">{t('review.sign.dissent', { text: verdict.dissent })}</p>}
      {verdict.conclusion && <blockquote className="conclusion">{verdict.conclusion}</blockquote>}
      {verdict.criteria.length > 0 && (
        <div className="table-scroll">
          <table className="criteria">
            <caption>{t('review.sign.criteria')}</caption>
            <tbody>
              {verdict.criteria.map((c) => (
                <tr key={c.criterion}>
                  <th scope="row">{criterionLabel(c.criterion)}</th>
                  <td>{gradeLabel(c.criterion, c.grade)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {groups.length > 0 && (
        <>
          <H>{t('review.sign.findings')}</H>
          <dl className="rv-findings-grouped">
            {groups.map((g) => (
              <div key={g.criterion}>
                <dt>{criterionLabel(g.criterion)}</dt>
                {g.texts.map((text) => (
                  <dd key={text}>{text}</dd>
                ))}
              </div>
            ))}
          </dl>
        </>
      )}
      {verdict.rectificationItems.length > 0 && (
        <>
          <H>{t('review.sign.items')}</H>
          <ol className="rv-rectification-list">
            {verdict.rectificationItems.map((r) => (
              <li key={r.id}>
                <span>{r.description}</span>
                <span className="muted small">
                  {t('review.verdict.itemResponsible')}：{r.responsible?.name.zh ?? t('review.common.unknown')} ·{' '}
                  {t('review.verdict.itemDue')}：<PartialDateText date={r.due} fallback={t('review.common.unknown')} /> ·{' '}
                  {t(`rectificationStatus.${r.status}`)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
