import type { InspectionDto, MilestoneDto } from '@/lib/api/dto';
import { getTranslator, pickText, type Translator } from '@/lib/i18n/translator';
import { PartialDateText } from './partial-date';
import { VerdictBadge } from './status-badge';

function gradeLabel(t: Translator, criterion: string, grade: string): string {
  // Real opinions word some criteria their own way: archives are 齐全, an objective is 达到.
  const specific = `gradeFor.${criterion}.${grade}`;
  return t.has(specific as 'grade.good') ? t(specific as 'grade.good') : t(`grade.${grade as 'good'}`);
}

function attendeeName(t: Translator, a: InspectionDto['attendees'][number]): string {
  return a.organisation ? pickText(a.organisation.name) : t('project.unnamedUnit', { role: t(`orgRole.${a.role}`) });
}

/** One inspection or acceptance as the public may read it: no private remarks or drafts. */
export function InspectionCard({ milestone, inspection }: { milestone: MilestoneDto; inspection: InspectionDto }) {
  const t = getTranslator();
  return (
    <article className="inspection" aria-labelledby={`inspection-${inspection.id}`}>
      <header className="inspection-head">
        <h3 id={`inspection-${inspection.id}`}>
          {t(`milestone.${milestone.kind}`)} · <PartialDateText date={inspection.date} fallback={t('common.undated')} />
        </h3>
        {inspection.verdict ? <VerdictBadge verdict={inspection.verdict} /> : <span className="muted">{t('verdict.none')}</span>}
      </header>
      {inspection.conclusion && <blockquote className="conclusion">{pickText(inspection.conclusion)}</blockquote>}
      <dl className="facts">
        {inspection.organiser && (
          <div>
            <dt>{t('project.organiser')}</dt>
            <dd>{pickText(inspection.organiser.name)}</dd>
          </div>
        )}
        {inspection.attendees.length > 0 && (
          <div>
            <dt>{t('project.attendees')}</dt>
            <dd>{inspection.attendees.map((a) => attendeeName(t, a)).join('、')}</dd>
          </div>
        )}
        {inspection.unanimous && (
          <div>
            <dt>{t('project.unanimous')}</dt>
            <dd>✓</dd>
          </div>
        )}
      </dl>
      {inspection.criteria.length > 0 && (
        <div className="table-scroll">
          <table className="criteria">
            <caption>{t('project.criteria')}</caption>
            <tbody>
              {inspection.criteria.map((c) => (
                <tr key={c.criterion}>
                  <th scope="row">{t(`criterion.${c.criterion}`)}</th>
                  <td>{gradeLabel(t, c.criterion, c.grade)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {inspection.verdict && inspection.verdict !== 'qualified' && (
        <div className="rectification">
          <h4>{t('project.rectification')}</h4>
          {inspection.rectificationItems.length ? (
            <ul>
              {inspection.rectificationItems.map((r) => (
                <li key={r.id}>
                  {pickText(r.description)} · {t(`rectificationStatus.${r.status}`)}
                  {r.due && (
                    <span className="muted">
                      {' '}
                      · {t('project.due')} <PartialDateText date={r.due} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('project.noRectification')}</p>
          )}
        </div>
      )}
      <p className="small muted">
        {inspection.signedAt
          ? t('project.signedAt', { date: inspection.signedAt.slice(0, 10) })
          : inspection.historical
            ? t('project.historical')
            : null}
      </p>
    </article>
  );
}
