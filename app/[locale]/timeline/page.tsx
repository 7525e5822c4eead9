import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AxisChart, type AxisRow } from '@/components/timeline/axis-chart';
import { axisRange } from '@/components/timeline/time-axis';
import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import { ProjectStatusBadge } from '@/components/ui/status-badge';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { formatNumber, getTranslator, pickText } from '@/lib/i18n/translator';
import { getProjectTimeline } from '@/lib/server/timeline';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  return pageMetadata({ locale, path: '/timeline', title: t('timeline.title'), description: t('timeline.lead') });
}

const FINISHED = new Set(['accepted', 'archived']);

export default async function TimelinePage({ params }: Props) {
  await connection(); // request time: today's line, and the build holds no records
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  const { rows: projects, total } = await getProjectTimeline();
  const today = new Date().toISOString().slice(0, 10);
  const dates = projects.flatMap((p) => p.milestones.flatMap((m) => [m.actual, m.planned])).filter((d): d is string => d !== null);
  const range = axisRange(dates, today);
  const rows: AxisRow[] = projects.map((p) => ({
    key: p.slug,
    label: pickText(p.title, locale),
    openEnded: !FINISHED.has(p.status) && p.milestones.some((m) => m.actual),
    markers: p.milestones.flatMap((m) => [
      ...(m.actual
        ? [{ date: m.actual, label: t(`milestone.${m.kind}`), tone: m.verdict === 'basically_qualified' ? 'warn' : 'done' }]
        : []),
      ...(m.planned && !m.actual ? [{ date: m.planned, label: t(`milestone.${m.kind}`), planned: true }] : []),
    ]),
  }));

  return (
    <>
      <header className="record-header">
        <h1>{t('timeline.title')}</h1>
        <p className="lead">{t('timeline.lead')}</p>
        {total > projects.length && (
          <p className="muted">
            {t('timeline.showing', { shown: formatNumber(projects.length, locale), total: formatNumber(total, locale) })}{' '}
            <Link href={localeHref(locale, '/search')}>{t('timeline.searchOthers')}</Link>
          </p>
        )}
      </header>

      {range && (
        <section className="panel">
          <AxisChart rows={rows} range={range} today={today} />
          <ul className="plan-legend small" aria-label={t('timeline.legend')}>
            <li>
              <span className="legend-marker" aria-hidden="true" />
              {t('timeline.legendMilestone')}
            </li>
            <li>
              <span className="legend-marker planned" aria-hidden="true" />
              {t('timeline.legendPlanned')}
            </li>
            <li>
              <span className="legend-today" aria-hidden="true" />
              {t('timeline.today', { date: formatPartialDate(today, locale) })}
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="table-heading" className="panel">
        <h2 id="table-heading">{t('timeline.table')}</h2>
        <div className="table-scroll">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('timeline.project')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('project.milestones')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => {
                const done = p.milestones.filter((m) => m.actual);
                return (
                  <tr key={p.slug}>
                    <th scope="row">
                      <Link href={localeHref(locale, `/projects/${encodeURIComponent(p.slug)}`)}>
                        <LocalText text={p.title} />
                      </Link>
                      <div className="muted small">
                        <LocalText text={p.site.name} />
                      </div>
                    </th>
                    <td data-label={t('common.status')}>
                      <ProjectStatusBadge status={p.status} />
                    </td>
                    <td data-label={t('project.milestones')}>
                      {done.length ? (
                        <ol className="plain-list">
                          {done.map((m) => (
                            <li key={`${m.kind}-${m.actual}`}>
                              <PartialDateText date={m.actual} /> {t(`milestone.${m.kind}`)}
                              {m.verdict && t('timeline.verdict', { verdict: t(`verdict.${m.verdict}`) })}
                            </li>
                          ))}
                        </ol>
                      ) : (
                        <span className="muted">{t('timeline.noDates')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
