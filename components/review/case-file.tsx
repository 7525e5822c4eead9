import { ProjectStatusBadge } from '@/components/manage/badges';
import { ApprovalsTable } from '@/components/ui/approvals-table';
import { Badge } from '@/components/ui/badge';
import type { MilestoneDto } from '@/lib/api/dto';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { t } from './i18n';
import { criterionLabel, gradeLabel, VerdictBadge } from './labels';

function MilestoneItem({ m, current }: { m: MilestoneDto; current: boolean }) {
  const inspection = m.inspection;
  const name =
    m.sequence > 1 ? `${t(`milestone.${m.kind}`)}（${t('review.inspection.sequence', { n: m.sequence })}）` : t(`milestone.${m.kind}`);
  return (
    <li className={current ? 'rv-file-milestone rv-is-current' : 'rv-file-milestone'}>
      <p className="rv-file-milestone-head">
        <strong>{name}</strong>
        {current && <Badge tone="active" symbol="▶" label={t('review.file.thisOne')} />}
        {inspection?.verdict && inspection.decided && <VerdictBadge verdict={inspection.verdict} />}
      </p>
      <p className="muted small">
        {m.actual ? t('review.file.actual', { date: formatPartialDate(m.actual, 'zh') }) : t('review.file.notDone')}
        {m.planned && ` · ${t('review.file.planned', { date: formatPartialDate(m.planned, 'zh') })}`}
      </p>
      {inspection && !current && inspection.decided && inspection.criteria.length > 0 && (
        <p className="small">
          {inspection.criteria.map((c) => `${criterionLabel(c.criterion)} ${gradeLabel(c.criterion, c.grade)}`).join('、')}
        </p>
      )}
      {inspection && !current && inspection.decided && inspection.rectificationItems.length > 0 && (
        <ul className="small rv-file-items">
          {inspection.rectificationItems.map((r) => (
            <li key={r.id}>
              {r.description.zh} · {t(`rectificationStatus.${r.status}`)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The file beside the form: what the panel reads while it judges. */
export function CaseFile({ dto }: { dto: InspectionReviewDto }) {
  const { context, project } = dto;
  return (
    <div className="rv-case-file">
      <h2 id="file-title">{t('review.file.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('review.file.project')}</dt>
          <dd>{project.title.zh}</dd>
        </div>
        <div>
          <dt>{t('review.file.status')}</dt>
          <dd>
            <ProjectStatusBadge status={project.status} />
          </dd>
        </div>
      </dl>

      <h3>{t('review.file.approvals')}</h3>
      {context.approvals.length ? (
        <ApprovalsTable approvals={context.approvals} />
      ) : (
        <p className="muted">{t('review.file.noApprovals')}</p>
      )}

      <h3>{t('review.file.milestones')}</h3>
      {context.milestones.length ? (
        <ol className="rv-file-milestones">
          {context.milestones.map((m) => (
            <MilestoneItem key={m.id} m={m} current={m.id === dto.milestoneId} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('review.file.noMilestones')}</p>
      )}

      <h3>{t('review.file.documents')}</h3>
      {context.documents.length ? (
        <ul className="rv-file-documents">
          {context.documents.map((d) => (
            <li key={d.id}>
              <span className="muted small">{t(`review.documentKind.${d.kind}`)}</span>{' '}
              {/* The panel is signed in: /files serves it private documents too. */}
              <a href={`/files/${d.id}`} target="_blank" rel="noopener">
                {d.title}
              </a>{' '}
              <span className="small">{d.public ? t('review.file.public') : t('review.file.private')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('review.file.noDocuments')}</p>
      )}
    </div>
  );
}
