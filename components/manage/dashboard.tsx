'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { DueMilestone, OpenRectificationItem } from '@/lib/api/manage-dto';
import { dashboardQuery, options } from '@/lib/api/queries';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { OverdueBadge, ProjectStatusBadge, PublishedBadge } from './badges';
import { actionWords, actorWords, entityWords } from './history-text';
import { formatTimestamp, t } from './i18n';
import { LoadError, Loading } from './query-state';

const editorHref = (slug: string, milestoneId?: number) =>
  `/manage/projects/${encodeURIComponent(slug)}${milestoneId === undefined ? '' : `#milestone-${milestoneId}`}`;

function DueList({ items, overdue }: { items: DueMilestone[]; overdue: boolean }) {
  return (
    <ul className="dash-list">
      {items.map((m) => (
        <li key={m.id} className={overdue ? 'is-overdue' : undefined}>
          {overdue && <OverdueBadge />}
          <Link href={editorHref(m.project.slug, m.id)}>
            {t(`milestone.${m.kind}`)} · {m.project.title}
          </Link>
          <span className="muted small">{t('manage.dashboard.plannedOn', { date: formatPartialDate(m.planned, 'zh') })}</span>
        </li>
      ))}
    </ul>
  );
}

/** An item's place in the project editor: its row in the inspections section, which scrolls to it. */
const itemHref = (item: OpenRectificationItem) => `${editorHref(item.project.slug)}#rectification-${item.id}`;

function ItemList({ items }: { items: OpenRectificationItem[] }) {
  return (
    <ul className="dash-list">
      {items.map((item) => (
        <li key={item.id} className={item.overdue ? 'is-overdue' : undefined}>
          {item.overdue && <OverdueBadge />}
          <Link href={itemHref(item)}>{item.description}</Link>
          <span className="muted small">
            {t(`rectificationStatus.${item.status}`)} ·{' '}
            {item.due ? t('manage.dashboard.due', { date: formatPartialDate(item.due, 'zh') }) : t('manage.dashboard.noDue')} ·{' '}
            {t('manage.dashboard.raisedBy', { kind: t(`milestone.${item.inspection}`) })} · {item.project.title}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Under a list cut short: how many of how many it shows. */
function ShownFirst({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return <p className="muted small">{t('manage.dashboard.shownFirst', { shown, total })}</p>;
}

/** The staff's morning view: what is late, what is coming, what is open, what changed, every project. */
export function Dashboard() {
  const query = useQuery(options(dashboardQuery()));
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const d = query.data;
  const overdueItems = d.openItems.filter((i) => i.overdue);
  const pendingItems = d.openItems.filter((i) => !i.overdue);

  return (
    <>
      <p className="muted">{t('manage.dashboard.today', { date: formatPartialDate(d.today, 'zh') })}</p>
      <div className="dash-grid">
        <Section id="overdue-heading" title={t('manage.dashboard.overdue')}>
          {d.overdue.length ? (
            <>
              <p className="notice tone-bad">
                <strong>{t('manage.dashboard.overdueCount', { count: d.totals.overdue })}</strong>
              </p>
              <DueList items={d.overdue} overdue />
              <ShownFirst shown={d.overdue.length} total={d.totals.overdue} />
            </>
          ) : (
            <p className="muted">{t('manage.dashboard.overdueNone')}</p>
          )}
        </Section>

        <Section id="overdue-items-heading" title={t('manage.dashboard.overdueItems')}>
          {overdueItems.length ? (
            <>
              <p className="notice tone-bad">
                <strong>{t('manage.dashboard.overdueItemsCount', { count: d.totals.overdueItems })}</strong>
              </p>
              <ItemList items={overdueItems} />
              <ShownFirst shown={overdueItems.length} total={d.totals.overdueItems} />
            </>
          ) : (
            <p className="muted">{t('manage.dashboard.overdueItemsNone')}</p>
          )}
        </Section>

        <Section id="upcoming-heading" title={t('manage.dashboard.upcoming')}>
          {d.upcoming.length ? (
            <>
              <DueList items={d.upcoming} overdue={false} />
              <ShownFirst shown={d.upcoming.length} total={d.totals.upcoming} />
            </>
          ) : (
            <p className="muted">{t('manage.dashboard.upcomingNone')}</p>
          )}
        </Section>

        <Section id="items-heading" title={t('manage.dashboard.openItems')}>
          {pendingItems.length ? (
            <>
              {overdueItems.length > 0 && <p className="muted small">{t('manage.dashboard.openItemsLead')}</p>}
              <ItemList items={pendingItems} />
              <ShownFirst shown={pendingItems.length} total={d.totals.pendingItems} />
            </>
          ) : (
            <p className="muted">
              {overdueItems.length ? t('manage.dashboard.openItemsOnlyOverdue') : t('manage.dashboard.openItemsNone')}
            </p>
          )}
        </Section>

        <Section id="recent-heading" title={t('manage.dashboard.recent')}>
          {d.recent.length ? (
            <ul className="history-list">
              {d.recent.map((r) => (
                <li key={`${r.at}-${r.entity}-${r.entityId}-${r.action}`}>
                  <time dateTime={r.at}>{formatTimestamp(r.at)}</time>
                  <span>
                    {t('manage.dashboard.recentItem', {
                      who: actorWords(r.actor),
                      action: actionWords(r.action),
                      entity: entityWords(r.entity),
                      id: r.entityId,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('manage.dashboard.recentNone')}</p>
          )}
        </Section>
      </div>

      <Section id="projects-heading" title={t('manage.dashboard.projects')}>
        {d.projects.length ? (
          <>
            <ShownFirst shown={d.projects.length} total={d.totals.projects} />
            <div className="table-scroll">
              <table className="stack">
                <thead>
                  <tr>
                    <th scope="col">{t('manage.dashboard.project')}</th>
                    <th scope="col">{t('manage.dashboard.status')}</th>
                    <th scope="col">{t('manage.dashboard.visibility')}</th>
                    <th scope="col">{t('manage.dashboard.category')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.projects.map((p) => (
                    <tr key={p.slug}>
                      <th scope="row">
                        <Link href={editorHref(p.slug)}>{p.title.zh}</Link>
                      </th>
                      <td data-label={t('manage.dashboard.status')}>
                        <ProjectStatusBadge status={p.status} />
                      </td>
                      <td data-label={t('manage.dashboard.visibility')}>
                        <PublishedBadge published={p.published} />
                      </td>
                      <td data-label={t('manage.dashboard.category')}>{t(`projectCategory.${p.category ?? 'unknown'}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="muted">{t('manage.dashboard.projectsNone')}</p>
        )}
      </Section>
    </>
  );
}
