'use client';

import type { ProjectInspectionsDto } from '@/lib/api/review-dto';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { HistoricalBadge, InspectionStageBadge } from '../badges';
import { formatTimestamp, t } from '../i18n';
import { PanelMembers } from './panel-members';
import { RectificationList } from './rectification-list';
import { VerdictSummary } from './verdict-summary';
import { attendeeWords, inspectionTitle, organisationName } from './words';

export type ProjectInspection = ProjectInspectionsDto['items'][number];

interface Props {
  inspection: ProjectInspection;
  projectSlug: string;
  /** The public opinion page exists only for a published project. */
  published: boolean;
}

/** One inspection as the bureau follows it: where it stands, who decides, what they decided, what is still open. */
export function InspectionCard({ inspection: i, projectSlug, published }: Props) {
  const base = `inspection-${i.id}`;
  // Items move once the verdict stands, and only on the record in force: a corrected one's move on its correction.
  const decided = i.verdict !== null && (i.stage === 'locked' || i.historical) && i.amendedBy === null;
  const publicOpinion = i.stage === 'locked' || i.historical;
  return (
    <li id={base} className="inspection-card">
      <article aria-labelledby={`${base}-title`}>
        <header className="inspection-card-head">
          <h3 id={`${base}-title`}>{i.amends ? t('manage.inspections.amendment', { title: inspectionTitle(i) }) : inspectionTitle(i)}</h3>
          <InspectionStageBadge stage={i.stage} />
          {i.historical && <HistoricalBadge />}
          <span className="small muted inspection-number">{t('manage.inspections.number', { id: i.id })}</span>
        </header>
        <dl className="facts">
          <div>
            <dt>{t('manage.inspections.date')}</dt>
            <dd>{i.date ? formatPartialDate(i.date, 'zh') : t('common.undated')}</dd>
          </div>
          <div>
            <dt>{t('manage.inspections.organiser')}</dt>
            <dd>{organisationName(i.organiser) ?? t('common.unknown')}</dd>
          </div>
          {i.attendees.length > 0 && (
            <div>
              <dt>{t('manage.inspections.attendees')}</dt>
              <dd>{i.attendees.map(attendeeWords).join('、')}</dd>
            </div>
          )}
          {/* A historical record's lock is the import's time, not a signing: not worth a line. */}
          {i.lockedAt && !i.historical && (
            <div>
              <dt>{t('manage.inspections.lockedAt')}</dt>
              <dd>{formatTimestamp(i.lockedAt)}</dd>
            </div>
          )}
          {i.waiverReason && (
            <div>
              <dt>{t('manage.inspections.waiver')}</dt>
              <dd>{i.waiverReason}</dd>
            </div>
          )}
        </dl>
        {i.historical && <p className="small muted">{t('manage.inspections.historicalNote')}</p>}
        {(i.amends || i.amendedBy) && (
          <ul className="amendment-links">
            {i.amends && (
              <li>
                <a href={`#inspection-${i.amends.id}`}>{t('manage.inspections.amends', { id: i.amends.id })}</a>
                {i.amends.reason && <span className="muted"> · {t('manage.inspections.amendsReason', { reason: i.amends.reason })}</span>}
              </li>
            )}
            {i.amendedBy && (
              <li>
                <span aria-hidden="true">⚠ </span>
                <a href={`#inspection-${i.amendedBy.id}`}>
                  {t('manage.inspections.amendedBy', { id: i.amendedBy.id, stage: t(`manage.inspections.stage.${i.amendedBy.stage}`) })}
                </a>
              </li>
            )}
          </ul>
        )}
        {(!i.historical || i.panel.length > 0) && <PanelMembers panel={i.panel} headingId={`${base}-panel`} />}
        <VerdictSummary verdict={i.verdict} stage={i.stage} />
        {i.verdict && (i.verdict.rectificationItems.length > 0 || i.verdict.verdict !== 'qualified') && (
          <RectificationList
            items={i.verdict.rectificationItems}
            inspectionId={i.id}
            projectSlug={projectSlug}
            actionable={decided}
            frozenNote={i.amendedBy ? t('manage.inspections.items.amendedNote') : t('manage.inspections.items.draftNote')}
            headingId={`${base}-items`}
          />
        )}
        {publicOpinion && (
          <p className="small">
            <a href={`/projects/${encodeURIComponent(projectSlug)}/inspections/${i.id}`}>{t('manage.inspections.opinion')}</a>
            {!published && <span className="muted">{t('manage.inspections.opinionHidden')}</span>}
          </p>
        )}
      </article>
    </li>
  );
}
