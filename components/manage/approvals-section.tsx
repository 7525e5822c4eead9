'use client';

import { useQuery } from '@tanstack/react-query';
import { ApprovalForm } from '@/components/manage/forms/approval-form';
import { EditableItem } from '@/components/manage/forms/editable-item';
import formStyles from '@/components/manage/forms/form.module.css';
import type { ApprovalDto, ProjectDetail } from '@/lib/api/dto';
import { options, organisationsQuery, siteQuery } from '@/lib/api/queries';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { t } from './i18n';
import { LoadError, Loading } from './query-state';

function summaryOf(a: ApprovalDto): string {
  return [
    a.date ? formatPartialDate(a.date, 'zh') : t('common.undated'),
    a.subjectText?.zh ?? t(`approvalSubject.${a.subject}`),
    t(`decision.${a.decision}`),
    a.authority?.name.zh,
    a.documentNumber,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The project's approvals (批复): each with its edit form, and a form to register one. The forms
 * are the record-forms' ApprovalForm; the pickers' data (the site's buildings, the organisations)
 * comes through the same query contracts as the rest of the editor.
 */
export function ApprovalsSection({ project }: { project: ProjectDetail }) {
  const site = useQuery(options(siteQuery(project.site.slug)));
  const organisations = useQuery(options(organisationsQuery()));
  const own = project.approvals.filter((a) => a.project === null);
  const others = project.approvals.filter((a) => a.project !== null);

  let forms: React.ReactNode;
  if (site.isPending || organisations.isPending) forms = <Loading />;
  else if (site.isError) forms = <LoadError error={site.error} onRetry={() => site.refetch()} />;
  else if (organisations.isError) forms = <LoadError error={organisations.error} onRetry={() => organisations.refetch()} />;
  else {
    const buildings = site.data.buildings.map((b) => ({ slug: b.slug, name: b.name }));
    const orgs = organisations.data.items;
    forms = (
      <>
        {own.length ? (
          <ul className={formStyles.items}>
            {own.map((a) => (
              <EditableItem key={a.id} name={summaryOf(a)} summary={summaryOf(a)}>
                {(close) => (
                  <ApprovalForm
                    projectSlug={project.slug}
                    buildings={buildings}
                    organisations={orgs}
                    approval={a}
                    onSaved={close}
                    onCancel={close}
                  />
                )}
              </EditableItem>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('manage.approvals.none')}</p>
        )}
        <div className={formStyles.create}>
          <ApprovalForm projectSlug={project.slug} buildings={buildings} organisations={orgs} />
        </div>
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">{t('manage.approvals.title')}</h2>
      {forms}
      {others.length > 0 && (
        <>
          <h3>{t('manage.approvals.other')}</h3>
          <ul className="dash-list">
            {others.map((a) => (
              <li key={a.id}>
                <span>{summaryOf(a)}</span>
                <span className="muted small">{t('manage.approvals.ofProject', { project: a.project ?? '' })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
