'use client';

import { useId, useState } from 'react';
import { EvidencePhotos } from '@/components/manage/documents/evidence-photos';
import type { RectificationItemDetail } from '@/lib/api/review-dto';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { OverdueBadge, RectificationStatusBadge } from '../badges';
import { formatTimestamp, t } from '../i18n';
import { SubmitRectificationForm } from './submit-rectification-form';
import { VerifyRectificationForm } from './verify-rectification-form';

type Outcome = 'submitted' | 'closed' | 'returned' | 'stale' | 'conflict';

const OUTCOME_WORDS: Record<Exclude<Outcome, 'conflict'>, string> = {
  submitted: t('manage.inspections.items.submitted'),
  closed: t('manage.inspections.items.closed'),
  returned: t('manage.inspections.items.returned'),
  stale: t('manage.inspections.items.stale'),
};

function Note({ words, note }: { words: string; note: string | null }) {
  return (
    <div className="rect-note">
      <p className="small muted">{words}</p>
      {note && <blockquote>{note}</blockquote>}
    </div>
  );
}

/**
 * What was said about the item, in the order it happened. A return leaves the item open with the
 * verifier's reason and no verification time; a later submission keeps that reason beside it.
 */
function Trail({ item }: { item: RectificationItemDetail }) {
  const who = (name: string | null) => name ?? t('manage.inspections.items.someone');
  const submission = item.submittedAt && (
    <Note
      words={t('manage.inspections.items.submittedBy', { who: who(item.submittedBy), at: formatTimestamp(item.submittedAt) })}
      note={item.submissionNote}
    />
  );
  if (item.status === 'closed' && item.verifiedAt) {
    return (
      <>
        {submission}
        <Note
          words={t('manage.inspections.items.verifiedBy', { who: who(item.verifiedBy), at: formatTimestamp(item.verifiedAt) })}
          note={item.verificationNote}
        />
      </>
    );
  }
  const returned = item.verifiedBy !== null || item.verificationNote !== null;
  if (!returned) return submission || null;
  if (item.status === 'open') {
    return (
      <>
        {submission}
        <Note words={t('manage.inspections.items.returnedBy', { who: who(item.verifiedBy) })} note={item.verificationNote} />
      </>
    );
  }
  return (
    <>
      <Note words={t('manage.inspections.items.returnedEarlier', { who: who(item.verifiedBy) })} note={item.verificationNote} />
      {submission}
    </>
  );
}

interface Props {
  item: RectificationItemDetail;
  inspectionId: number;
  projectSlug: string;
  /** Only items of a signed (or historical) verdict are worked on; a draft's may still change. */
  actionable: boolean;
}

/** One rectification item: what, who, by when, where it stands, what was said, and the next step. */
export function RectificationItem({ item, inspectionId, projectSlug, actionable }: Props) {
  const [submitting, setSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: Outcome; detail?: string } | null>(null);
  const descriptionId = useId();
  const done = (kind: Outcome, detail?: string) => {
    setOutcome({ kind, detail });
    setSubmitting(false);
  };
  const refused = outcome?.kind === 'stale' || outcome?.kind === 'conflict';

  return (
    <li id={`rectification-${item.id}`} className={`rect-item${item.overdue ? ' is-overdue' : ''}`} aria-labelledby={descriptionId}>
      <div className="rect-head">
        <p id={descriptionId} className="rect-description">
          {item.description}
        </p>
        <span className="rect-badges">
          {item.overdue && <OverdueBadge />}
          <RectificationStatusBadge status={item.status} />
        </span>
      </div>
      <dl className="rect-facts">
        <div>
          <dt>{t('manage.inspections.items.responsible')}</dt>
          <dd>{item.responsible?.name.zh ?? t('manage.inspections.items.noResponsible')}</dd>
        </div>
        <div>
          <dt>{t('manage.inspections.items.due')}</dt>
          <dd className={item.overdue ? 'rect-due-overdue' : undefined}>
            {item.due ? formatPartialDate(item.due, 'zh') : t('manage.inspections.items.noDue')}
          </dd>
        </div>
      </dl>
      <Trail item={item} />
      <EvidencePhotos itemId={item.id} projectSlug={projectSlug} />
      <p role="status" className={refused ? 'notice tone-warn' : outcome ? 'saved' : undefined}>
        {outcome && (
          <>
            <span aria-hidden="true">{refused ? '! ' : '✓ '}</span>
            {outcome.kind === 'conflict'
              ? t('manage.inspections.items.conflict', { detail: outcome.detail ?? '' })
              : OUTCOME_WORDS[outcome.kind]}
          </>
        )}
      </p>
      {actionable && item.status === 'open' && !submitting && (
        <button
          type="button"
          className="button"
          aria-describedby={descriptionId}
          onClick={() => {
            setOutcome(null);
            setSubmitting(true);
          }}
        >
          {t('manage.inspections.items.submit')}
        </button>
      )}
      {actionable && item.status === 'open' && submitting && (
        <SubmitRectificationForm
          item={item}
          inspectionId={inspectionId}
          projectSlug={projectSlug}
          onDone={done}
          onCancel={() => setSubmitting(false)}
        />
      )}
      {actionable && item.status === 'submitted' && (
        <VerifyRectificationForm item={item} inspectionId={inspectionId} projectSlug={projectSlug} onDone={done} />
      )}
    </li>
  );
}
