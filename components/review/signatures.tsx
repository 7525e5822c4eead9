'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '@/lib/api/fetcher';
import { signInspection } from '@/lib/api/mutations';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { formatTimestamp, t } from './i18n';
import { isStale, useInspectionCache } from './use-inspection-cache';
import { VerdictSummary } from './verdict-summary';

/** A verdict is recorded, I sit on the panel, have not signed, and the record is still open. */
export function canSign(dto: InspectionReviewDto): boolean {
  const mine = dto.panel.find((m) => m.id === dto.me?.panelMemberId);
  return dto.verdict !== null && mine !== undefined && mine.signedAt === null && dto.stage !== 'locked';
}

/**
 * Who has signed, and my signature. A member signs the verdict as they read it: its hash goes
 * along, so a verdict changed in between is refused (409) rather than signed unseen.
 */
export function Signatures({ dto }: { dto: InspectionReviewDto }) {
  const cache = useInspectionCache(dto.id, dto.project.slug);
  const [changed, setChanged] = useState(false);
  const mine = dto.panel.find((m) => m.id === dto.me?.panelMemberId) ?? null;

  const mutation = useMutation({
    mutationFn: (contentHash: string) => signInspection(dto.id, { contentHash }),
    onMutate: () => setChanged(false),
    onSuccess: (result) => {
      cache.put(result);
      void cache.invalidate();
    },
    onError: async (error) => {
      if (isApiProblem(error) && error.status === 409) {
        // The verdict changed since this page loaded (or it was signed or locked meanwhile): show
        // the record as it now stands before anyone signs it.
        await cache.refresh(error);
        setChanged(isStale(error));
      }
    },
  });
  const failed = mutation.error && !changed ? (isApiProblem(mutation.error) ? mutation.error.detail : String(mutation.error)) : null;

  return (
    <section className="panel" aria-labelledby="signatures-title">
      <h2 id="signatures-title">{t('review.sign.title')}</h2>
      <p className="muted small">{t('review.sign.lead')}</p>
      <ul className="rv-signature-list">
        {dto.panel.map((m) => (
          <li key={m.id} className={m.signedAt ? 'rv-is-signed' : undefined}>
            <span className="rv-signature-name">
              {m.name}
              {m.id === mine?.id && <span className="muted">{t('review.sign.me')}</span>}
              {m.chair && <span className="rv-chair-mark">★{t('review.chair')}</span>}
            </span>
            {m.signedAt ? (
              <span className="rv-ok-mark">
                ✓ <time dateTime={m.signedAt}>{formatTimestamp(m.signedAt)}</time>
              </span>
            ) : (
              <span className="muted">○ {t('review.sign.notSigned')}</span>
            )}
          </li>
        ))}
      </ul>
      {!dto.verdict && <p className="muted">{t('review.sign.noVerdict')}</p>}
      {mine?.signedAt && dto.stage !== 'locked' && (
        <p className="saved" role="status">
          <span aria-hidden="true">✓ </span>
          {t('review.sign.signed', { date: formatTimestamp(mine.signedAt) })}
        </p>
      )}
      {canSign(dto) && dto.verdict && (
        <div className="rv-sign-box">
          <h3>{t('review.sign.summary')}</h3>
          {changed && (
            <p className="notice tone-warn" role="alert">
              {t('review.sign.changed')}
            </p>
          )}
          <VerdictSummary verdict={dto.verdict} headingLevel={4} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              aria-disabled={mutation.isPending}
              onClick={() => {
                if (!mutation.isPending && dto.verdict) mutation.mutate(dto.verdict.contentHash);
              }}
            >
              {mutation.isPending ? t('review.sign.signing') : t('review.sign.submit')}
            </button>
          </div>
          {failed && (
            <p className="notice tone-bad" role="alert">
              {t('review.sign.failed', { detail: failed })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
