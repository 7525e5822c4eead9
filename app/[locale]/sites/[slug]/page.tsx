import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SitePlan } from '@/components/site-plan/site-plan';
import { EventsTimeline } from '@/components/timeline/events-list';
import { LevelLabel } from '@/components/ui/level-label';
import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import { SourcesList } from '@/components/ui/sources-list';
import { BuildingStatusBadge, ProjectStatusBadge } from '@/components/ui/status-badge';
import { listSeparator, localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { formatNumber, getTranslator, pickText } from '@/lib/i18n/translator';
import { BUILD_SAMPLE, unlessBuildSample } from '@/lib/server/build-sample';
import { getSite } from '@/lib/server/sites';

/** Wholly static: rendered on first request, then served until a write invalidates it (lib/server/build-sample.ts). */
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE }];
}

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  return { locale, site: await unlessBuildSample([slug], () => getSite(slug)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, site } = await load(params);
  if (!site) return {};
  return pageMetadata({
    locale,
    path: `/sites/${encodeURIComponent(site.slug)}`,
    title: pickText(site.name, locale),
    description: site.description && pickText(site.description, locale),
    type: 'article',
  });
}

export default async function SitePage({ params }: Props) {
  const { locale, site } = await load(params);
  if (!site) notFound();
  const t = getTranslator(locale);
  const sitePath = `/sites/${encodeURIComponent(site.slug)}`;

  return (
    <article className="record">
      <header className="record-header">
        <p className="eyebrow">
          <LevelLabel level={site.level} batch={site.batch} />
        </p>
        <h1>
          <LocalText text={site.name} />
        </h1>
        {site.aliases.length > 0 && (
          <p className="muted">
            {t('site.aliases')}
            {site.aliases.map((alias, n) => (
              <span key={alias} className="nowrap">
                {n > 0 && listSeparator[locale]}
                <LocalText text={alias} />
              </span>
            ))}
          </p>
        )}
      </header>

      <section aria-labelledby="overview-heading" className="panel">
        <h2 id="overview-heading">{t('site.overview')}</h2>
        {site.description && (
          <p>
            <LocalText text={site.description} />
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('site.category')}</dt>
            <dd>{t(`siteCategory.${site.category}`)}</dd>
          </div>
          {site.address && (
            <div>
              <dt>{t('site.address')}</dt>
              <dd>
                <LocalText text={site.address} />
              </dd>
            </div>
          )}
          {site.foundedYear !== null && (
            <div>
              <dt>{t('site.founded')}</dt>
              <dd>{t('site.foundedYear', { year: site.foundedYear })}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="designations-heading" className="panel">
        <h2 id="designations-heading">{t('site.designations')}</h2>
        <div className="table-scroll">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('common.date')}</th>
                <th scope="col">{t('site.level')}</th>
                <th scope="col">{t('site.issuer')}</th>
                <th scope="col">{t('site.documentNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {site.designations.map((d) => (
                <tr key={d.id}>
                  <td data-label={t('common.date')}>
                    <PartialDateText date={d.date} fallback={t('common.undated')} />
                  </td>
                  <td data-label={t('site.level')}>
                    {t(`level.${d.level}`)}
                    {d.batch !== null && t('site.designationBatch', { batch: d.batch })}
                  </td>
                  <td data-label={t('site.issuer')}>
                    {d.issuer ? <LocalText text={d.issuer.name} /> : <span className="muted">{t('common.unknown')}</span>}
                  </td>
                  <td data-label={t('site.documentNumber')} className="nowrap">
                    {d.documentNumber ? <LocalText text={d.documentNumber} /> : <span className="muted">{t('common.unknown')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="plan-heading" className="panel">
        <h2 id="plan-heading">{t('site.plan')}</h2>
        <SitePlan siteSlug={site.slug} buildings={site.buildings} />
      </section>

      <section aria-labelledby="buildings-heading" className="panel">
        <h2 id="buildings-heading">{t('site.buildingList', { count: site.buildings.length })}</h2>
        <ol className="building-list">
          {site.buildings.map((b, i) => (
            <li key={b.slug}>
              <span className="plan-no" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <Link href={localeHref(locale, `${sitePath}/buildings/${encodeURIComponent(b.slug)}`)} className="building-name">
                  <LocalText text={b.name} />
                </Link>
                {b.floorAreaM2 !== null && (
                  <span className="muted small"> · {t('common.squareMetres', { area: formatNumber(b.floorAreaM2, locale) })}</span>
                )}
              </div>
              <BuildingStatusBadge status={b.status} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="projects-heading" className="panel">
        <h2 id="projects-heading">{t('site.projectList')}</h2>
        <ul className="card-list">
          {site.projects.map((p) => (
            <li key={p.slug} className="card">
              <h3>
                <Link href={localeHref(locale, `/projects/${encodeURIComponent(p.slug)}`)}>
                  <LocalText text={p.title} />
                </Link>
              </h3>
              <p>
                <ProjectStatusBadge status={p.status} />{' '}
                <span className="muted small">{t(`projectCategory.${p.category ?? 'unknown'}`)}</span>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading" className="panel">
        <h2 id="timeline-heading">{t('site.timeline')}</h2>
        <EventsTimeline events={site.timeline} />
      </section>

      <SourcesList sources={site.sources} />
    </article>
  );
}
