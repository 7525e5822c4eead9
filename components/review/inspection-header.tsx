import Link from 'next/link';
import { PartialDateText } from '@/components/ui/partial-date';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { formatTimestamp, t } from './i18n';
import { ChairBadge, StageBadge } from './labels';

/** What is being judged, where it stands, and the records it corrects or is corrected by. */
export function InspectionHeader({ dto }: { dto: InspectionReviewDto }) {
  const kind = t(`milestone.${dto.kind}`);
  const title = dto.sequence > 1 ? `${kind}（${t('review.inspection.sequence', { n: dto.sequence })}）` : kind;
  const attendees = dto.attendees
    .map((a) => a.organisation?.name.zh ?? t('review.inspection.unnamedUnit', { role: t(`orgRole.${a.role}`) }))
    .join('、');
  return (
    <header className="record-header review-header">
      <p className="breadcrumb">
        <Link href="/review">{t('review.inspection.back')}</Link>
      </p>
      <h1>
        {title} · {dto.project.title.zh}
      </h1>
      <p className="review-badges">
        <StageBadge stage={dto.stage} />
        {dto.me?.chair && <ChairBadge />}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('review.inspection.date')}</dt>
          <dd>
            <PartialDateText date={dto.date} fallback={t('review.common.undated')} />
          </dd>
        </div>
        <div>
          <dt>{t('review.inspection.organiser')}</dt>
          <dd>{dto.organiser?.name.zh ?? t('review.common.unknown')}</dd>
        </div>
        <div>
          <dt>{t('review.inspection.site')}</dt>
          <dd>{dto.project.site.name.zh}</dd>
        </div>
        {attendees && (
          <div>
            <dt>{t('review.inspection.attendees')}</dt>
            <dd>{attendees}</dd>
          </div>
        )}
      </dl>
      {dto.waiverReason && <p className="notice tone-warn">{t('review.inspection.waiver', { reason: dto.waiverReason })}</p>}
      {dto.historical && <p className="notice tone-none">{t('review.inspection.historical')}</p>}
      {dto.amends && (
        <p className="notice tone-pending">
          {t('review.inspection.amends', { id: dto.amends.id })}{' '}
          <Link href={`/review/inspections/${dto.amends.id}`}>{t('review.inspection.openRecord')}</Link>
          {dto.amends.reason && (
            <>
              <br />
              {t('review.inspection.amendsReason', { reason: dto.amends.reason })}
            </>
          )}
        </p>
      )}
      {dto.amendedBy && (
        <p className="notice tone-warn">
          {t('review.inspection.amendedBy', { id: dto.amendedBy.id, stage: t(`review.stage.${dto.amendedBy.stage}`) })}{' '}
          <Link href={`/review/inspections/${dto.amendedBy.id}`}>{t('review.inspection.openRecord')}</Link>
        </p>
      )}
      {dto.stage === 'locked' && (
        <div className="notice tone-done rv-locked-note" role="note">
          <p>
            <strong>
              <span aria-hidden="true">■ </span>
              {t('review.inspection.lockedNotice', { date: dto.lockedAt ? formatTimestamp(dto.lockedAt) : '—' })}
            </strong>
          </p>
          <p>{dto.amendedBy ? t('review.inspection.lockedAmended') : t('review.inspection.lockedBody')}</p>
          <p>
            <Link href={`/projects/${encodeURIComponent(dto.project.slug)}/inspections/${dto.id}`}>{t('review.inspection.printable')}</Link>
          </p>
        </div>
      )}
      {dto.me === null && <p className="notice tone-none">{t('review.inspection.notOnPanel')}</p>}
    </header>
  );
}
