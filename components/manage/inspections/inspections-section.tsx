'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import formStyles from '@/components/manage/forms/form.module.css';
import type { ProjectDetail } from '@/lib/api/dto';
import { expertsQuery, options, organisationsQuery, projectInspectionsQuery } from '@/lib/api/queries';
import { t } from '../i18n';
import { LoadError, Loading } from '../query-state';
import { InspectionCard } from './inspection-card';
import { ScheduleForm } from './schedule-form';

/** The anchor the dashboard links to: the section, or one inspection or item in it. */
export const INSPECTIONS_ANCHOR = 'inspections';

/**
 * A dashboard link (#rectification-12) points into data this section loads itself, after the
 * project: scroll once it is there.
 */
function useHashTarget(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const hash = window.location.hash.slice(1);
    if (hash === INSPECTIONS_ANCHOR || hash.startsWith('inspection-') || hash.startsWith('rectification-')) {
      document.getElementById(hash)?.scrollIntoView();
    }
  }, [ready]);
}

/** The project's inspections and acceptances: each with its panel, verdict and rectification items, and a form to schedule one. */
export function InspectionsSection({ project }: { project: ProjectDetail }) {
  const inspections = useQuery(options(projectInspectionsQuery(project.slug)));
  const organisations = useQuery(options(organisationsQuery()));
  const experts = useQuery(options(expertsQuery()));
  useHashTarget(inspections.isSuccess);

  let list: React.ReactNode;
  if (inspections.isPending) list = <Loading />;
  else if (inspections.isError) list = <LoadError error={inspections.error} onRetry={() => inspections.refetch()} />;
  else if (!inspections.data.items.length) list = <p className="muted">{t('manage.inspections.none')}</p>;
  else
    list = (
      <ol className="inspection-list" aria-label={t('manage.inspections.listLabel')}>
        {inspections.data.items.map((i) => (
          <InspectionCard key={i.id} inspection={i} projectSlug={project.slug} published={project.published} />
        ))}
      </ol>
    );

  let form: React.ReactNode;
  if (organisations.isPending || experts.isPending) form = <Loading />;
  else if (organisations.isError) form = <LoadError error={organisations.error} onRetry={() => organisations.refetch()} />;
  else if (experts.isError) form = <LoadError error={experts.error} onRetry={() => experts.refetch()} />;
  else form = <ScheduleForm projectSlug={project.slug} organisations={organisations.data.items} experts={experts.data.items} />;

  return (
    <section id={INSPECTIONS_ANCHOR} className="panel inspections-section" aria-labelledby="inspections-heading">
      <h2 id="inspections-heading">{t('manage.inspections.title')}</h2>
      <p className="muted small">{t('manage.inspections.lead')}</p>
      {list}
      <div className={formStyles.create}>{form}</div>
    </section>
  );
}
