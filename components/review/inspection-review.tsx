'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { organisationOptions } from '@/components/manage/forms/options';
import { LoadError, Loading } from '@/components/manage/query-state';
import { isApiProblem } from '@/lib/api/fetcher';
import { inspectionQuery, options, organisationsQuery } from '@/lib/api/queries';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { AmendmentForm } from './amendment-form';
import { AssessmentForm } from './assessment-form';
import { CaseFile } from './case-file';
import { t } from './i18n';
import { InspectionHeader } from './inspection-header';
import { PanelGrades } from './panel-grades';
import { canSign, Signatures } from './signatures';
import { VerdictForm } from './verdict-form';
import { VerdictSummary } from './verdict-summary';

/**
 * Organisations a rectification item may name. The full list when the reader may see it; else the
 * units this inspection already names, so a saved item's unit is never lost from the picker.
 */
function useResponsibleOptions(dto: InspectionReviewDto | undefined) {
  const all = useQuery({ ...options(organisationsQuery()), enabled: Boolean(dto?.me?.chair && dto.stage !== 'locked') });
  const known = [
    dto?.organiser,
    ...(dto?.attendees.map((a) => a.organisation) ?? []),
    ...(dto?.verdict?.rectificationItems.map((r) => r.responsible) ?? []),
  ].filter((o): o is NonNullable<typeof o> => Boolean(o));
  const list = all.data?.items ?? [];
  const merged = [...list, ...known.filter((k) => !list.some((o) => o.slug === k.slug))];
  const unique = merged.filter((o, i) => merged.findIndex((x) => x.slug === o.slug) === i);
  return organisationOptions(unique);
}

/** One inspection for its panel: my grades, the chair's verdict, the signatures, beside the project's file. */
export function InspectionReview({ id }: { id: number }) {
  const query = useQuery(options(inspectionQuery(id)));
  const organisations = useResponsibleOptions(query.data);
  // Bumped to start the verdict form again from the record as saved (after a conflict).
  const [verdictKey, setVerdictKey] = useState(0);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiProblem(query.error) && (query.error.status === 404 || query.error.status === 403)) {
      return <p className="notice tone-bad">{t('review.common.notFound')}</p>;
    }
    return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  }
  const dto = query.data;
  const open = dto.stage !== 'locked';
  const chairWrites = open && dto.me?.chair === true;

  return (
    <>
      <InspectionHeader dto={dto} />
      <div className="review-columns">
        <div className="review-main">
          {open && dto.me && (
            <section className="panel">
              <AssessmentForm key={dto.id} dto={dto} />
            </section>
          )}
          <PanelGrades dto={dto} />
          {chairWrites ? (
            <section className="panel">
              <VerdictForm
                key={`${dto.id}-${verdictKey}`}
                dto={dto}
                organisations={organisations}
                onReload={() => setVerdictKey((k) => k + 1)}
              />
            </section>
          ) : canSign(dto) ? null : (
            // A member who can sign reads the verdict in the signing box, once.
            <section className="panel" aria-labelledby="verdict-title">
              <h2 id="verdict-title">{t('review.verdict.title')}</h2>
              {dto.verdict ? <VerdictSummary verdict={dto.verdict} /> : <p className="muted">{t('review.verdict.none')}</p>}
            </section>
          )}
          <Signatures dto={dto} />
          {dto.me?.chair && dto.stage === 'locked' && dto.amendedBy === null && <AmendmentForm dto={dto} />}
        </div>
        <aside className="review-file panel" aria-labelledby="file-title">
          <CaseFile dto={dto} />
        </aside>
      </div>
    </>
  );
}
