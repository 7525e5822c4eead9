import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentsSection } from '@/components/documents/documents-section';
import { QrCode } from '@/components/sharing/qr-code';
import { EventsTimeline } from '@/components/timeline/events-list';
import { ApprovalsTable } from '@/components/ui/approvals-table';
import { LocalText } from '@/components/ui/local-text';
import { SourcesList } from '@/components/ui/sources-list';
import { BuildingStatusBadge, ProjectStatusBadge } from '@/components/ui/status-badge';
import { listSeparator, localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { formatNumber, getTranslator, pickText } from '@/lib/i18n/translator';
import { BUILD_SAMPLE, unlessBuildSample } from '@/lib/server/build-sample';
import { getBuilding } from '@/lib/server/buildings';

/** Wholly static: rendered on first request, then served until a write invalidates it (lib/server/build-sample.ts). */
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE, building: BUILD_SAMPLE }];
}

interface Props {
  params: Promise<{ locale: string; slug: string; building: string }>;
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params);
  const { slug, building } = await params;
  return { locale, b: await unlessBuildSample([slug, building], () => getBuilding(slug, building)) };
}

function buildingPath(siteSlug: string, buildingSlug: string): string {
  return `/sites/${encodeURIComponent(siteSlug)}/buildings/${encodeURIComponent(buildingSlug)}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, b } = await load(params);
  if (!b) return {};
  const t = getTranslator(locale);
  return pageMetadata({
    locale,
    path: buildingPath(b.site.slug, b.slug),
    title: `${pickText(b.name, locale)} · ${pickText(b.site.name, locale)}`,
    description: b.description
      ? pickText(b.description, locale)
      : t('building.summary', { building: pickText(b.name, locale), site: pickText(b.site.name, locale) }),
    type: 'article',
  });
}

export default async function BuildingPage({ params }: Props) {
  const { locale, b } = await load(params);
  if (!b) notFound();
  const t = getTranslator(locale);
  const siteHref = localeHref(locale, `/sites/${encodeURIComponent(b.site.slug)}`);

  return (
    <article className="record">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link href={siteHref}>
          <LocalText text={b.site.name} />
        </Link>
      </nav>
      <header className="record-header">
        <h1>
          <LocalText text={b.name} />
        </h1>
        <p>
          <BuildingStatusBadge status={b.status} />
        </p>
      </header>

      <section aria-labelledby="facts-heading" className="panel">
        <h2 id="facts-heading">{t('site.overview')}</h2>
        {b.description && (
          <p>
            <LocalText text={b.description} />
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('building.site')}</dt>
            <dd>
              <Link href={siteHref}>
                <LocalText text={b.site.name} />
              </Link>
              {b.site.level && <span className="muted">{t('building.siteLevel', { level: t(`level.${b.site.level}`) })}</span>}
            </dd>
          </div>
          {b.aliases.length > 0 && (
            <div>
              <dt>{t('building.aliases')}</dt>
              <dd>
                {b.aliases.map((alias, n) => (
                  <span key={alias} className="nowrap">
                    {n > 0 && listSeparator[locale]}
                    <LocalText text={alias} />
                  </span>
                ))}
              </dd>
            </div>
          )}
          {b.originalUse && (
            <div>
              <dt>{t('building.originalUse')}</dt>
              <dd>
                <LocalText text={b.originalUse} />
              </dd>
            </div>
          )}
          <div>
            <dt>{t('common.floorArea')}</dt>
            <dd>
              {b.floorAreaM2 !== null ? (
                t('common.squareMetres', { area: formatNumber(b.floorAreaM2, locale) })
              ) : (
                <span className="muted">{t('common.unknown')}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('building.builtYear')}</dt>
            <dd>{b.builtYear ?? <span className="muted">{t('common.unknown')}</span>}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="projects-heading" className="panel">
        <h2 id="projects-heading">{t('building.projects')}</h2>
        {b.projects.length ? (
          <ul className="card-list">
            {b.projects.map((p) => (
              <li key={p.slug} className="card">
                <h3>
                  <Link href={localeHref(locale, `/projects/${encodeURIComponent(p.slug)}`)}>
                    <LocalText text={p.title} />
                  </Link>
                </h3>
                <ProjectStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('building.noProjects')}</p>
        )}
      </section>

      {b.approvals.length > 0 && (
        <section aria-labelledby="approvals-heading" className="panel">
          <h2 id="approvals-heading">{t('building.approvals')}</h2>
          <ApprovalsTable approvals={b.approvals} />
        </section>
      )}

      <section aria-labelledby="timeline-heading" className="panel">
        <h2 id="timeline-heading">{t('building.timeline')}</h2>
        <EventsTimeline events={b.timeline} />
      </section>

      <DocumentsSection documents={b.documents} />
      <SourcesList sources={b.sources} />
      <QrCode path={buildingPath(b.site.slug, b.slug)} locale={locale} />
    </article>
  );
}
