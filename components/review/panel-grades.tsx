import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { ACCEPTANCE_CRITERIA } from '@/lib/domain/codes';
import { t } from './i18n';
import { criterionLabel, gradeLabel } from './labels';

/**
 * Every member's grades side by side (criteria down, members across: panels are a handful of
 * people, criteria names are long), who has assessed, and the written remarks.
 */
export function PanelGrades({ dto }: { dto: InspectionReviewDto }) {
  const itemsOf = (memberId: number) => dto.assessments.find((a) => a.panelMemberId === memberId)?.items ?? [];
  const remarks = dto.panel.flatMap((m) =>
    itemsOf(m.id)
      .filter((i) => i.remarks)
      .map((i) => ({ member: m, criterion: i.criterion, text: i.remarks as string })),
  );
  const assessed = dto.panel.filter((m) => m.assessed).length;

  return (
    <section className="panel" aria-labelledby="panel-grades-title">
      <h2 id="panel-grades-title">{t('review.grades.title')}</h2>
      <p className="muted small">{t('review.grades.progress', { assessed, total: dto.panel.length })}</p>
      <div className="table-scroll">
        <table className="rv-grades-table">
          <thead>
            <tr>
              <th scope="col">{t('review.grades.criterion')}</th>
              {dto.panel.map((m) => (
                <th key={m.id} scope="col">
                  {m.name}
                  {m.chair && <span className="rv-chair-mark">★{t('review.chair')}</span>}
                  {m.id === dto.me?.panelMemberId && <span className="muted small">{t('review.sign.me')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="rv-grades-assessed">
              <th scope="row">{t('review.grades.status')}</th>
              {dto.panel.map((m) => (
                <td key={m.id}>
                  {m.assessed ? (
                    <span className="rv-ok-mark">✓ {t('review.grades.assessed')}</span>
                  ) : (
                    <span className="muted">○ {t('review.grades.notYet')}</span>
                  )}
                </td>
              ))}
            </tr>
            {ACCEPTANCE_CRITERIA.map((c) => (
              <tr key={c}>
                <th scope="row">{criterionLabel(c)}</th>
                {dto.panel.map((m) => {
                  const item = itemsOf(m.id).find((i) => i.criterion === c);
                  return <td key={m.id}>{item ? gradeLabel(c, item.grade) : <span className="muted">{t('review.grades.none')}</span>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="rv-grades-remarks">
        <summary>{t('review.grades.remarksTitle', { count: remarks.length })}</summary>
        {remarks.length ? (
          <ul>
            {remarks.map((r) => (
              <li key={`${r.member.id}-${r.criterion}`}>
                <strong>{r.member.name}</strong> · {criterionLabel(r.criterion)}：{r.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('review.grades.noRemarks')}</p>
        )}
      </details>
    </section>
  );
}
