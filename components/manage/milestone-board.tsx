'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect } from 'react';
import { options, projectHistoryQuery, projectQuery } from '@/lib/api/queries';
import { describeFinding } from '@/lib/i18n/rule-text';
import type { Translator } from '@/lib/i18n/translator';
import { AddMilestoneForm } from './add-milestone-form';
import { ApprovalsSection } from './approvals-section';
import { ProjectStatusBadge, PublishedBadge } from './badges';
import { DocumentsSection } from './documents/documents-section';
import { HistoryList } from './history-list';
import { t } from './i18n';
import { InspectionsSection } from './inspections/inspections-section';
import { MilestoneRow } from './milestone-row';
import { PublishToggle } from './publish-toggle';
import { LoadError, Loading } from './query-state';

/** After the data arrives, scroll to the milestone a dashboard link pointed at (#milestone-12). */
function useHashTarget(ready: boolean) {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [ready]);
}

/** The project editor: its state, publication, every milestone editable in place, a new one, and the history. */
export function MilestoneBoard({ slug }: { slug: string }) {
  const project = useQuery(options(projectQuery(slug)));
  useHashTarget(project.isSuccess);
  if (project.isPending) return <Loading />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => project.refetch()} />;
  const p = project.data;

  return (
    <article className="record">
      <nav aria-label={t('manage.editor.breadcrumb')} className="breadcrumb">
        <Link href="/manage">{t('manage.nav.dashboard')}</Link>
      </nav>
      <header className="record-header">
        <h1>{p.title.zh}</h1>
        <p className="record-status">
          <ProjectStatusBadge status={p.status} />
          <PublishedBadge published={p.published} />
          <span className="muted">
            {t(`projectCategory.${p.category ?? 'unknown'}`)} · {p.site.name.zh}
          </span>
        </p>
        <p>
          <a href={`/projects/${encodeURIComponent(p.slug)}`}>{t('manage.editor.publicPage')}</a>
          {!p.published && <span className="muted small"> {t('manage.editor.publicPageHidden')}</span>}
        </p>
      </header>

      <PublishToggle project={p} />

      <section className="panel" aria-labelledby="board-heading">
        <h2 id="board-heading">{t('manage.editor.milestones')}</h2>
        <p className="muted small">{t('manage.editor.milestonesLead')}</p>
        {p.milestones.length ? (
          <ol className="milestone-list">
            {p.milestones.map((m) => (
              <MilestoneRow key={m.id} milestone={m} projectSlug={p.slug} />
            ))}
          </ol>
        ) : (
          <p className="muted">{t('manage.editor.noMilestones')}</p>
        )}
      </section>

      <section className="panel">
        <AddMilestoneForm projectSlug={p.slug} existing={p.milestones} />
      </section>

      <InspectionsSection project={p} />

      {p.findings.length > 0 && (
        <section className="panel findings" aria-labelledby="board-findings-heading">
          <h2 id="board-findings-heading">{t('manage.editor.findings')}</h2>
          <ul>
            {p.findings.map((f) => (
              <li key={`${f.rule}-${f.milestoneIds.join('-')}`}>
                <span className={`badge tone-${f.severity === 'error' ? 'bad' : 'warn'}`}>
                  <span aria-hidden="true">{f.severity === 'error' ? '✗' : '!'}</span>
                  {t(`project.${f.severity}`)}
                </span>{' '}
                {describeFinding(f, t as unknown as Translator)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ApprovalsSection project={p} />

      <DocumentsSection project={p} />

      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('manage.history.title')}</h2>
        <HistoryList query={projectHistoryQuery(p.slug)} />
      </section>
    </article>
  );
}
