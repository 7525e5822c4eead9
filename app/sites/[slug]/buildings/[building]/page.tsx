import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EventsTimeline } from '@/components/timeline/events-list';
import { ApprovalsTable } from '@/components/ui/approvals-table';
import { SourcesList } from '@/components/ui/sources-list';
import { BuildingStatusBadge, ProjectStatusBadge } from '@/components/ui/status-badge';
import { formatNumber, getTranslator, pickText } from '@/lib/i18n/translator';
import { getBuilding } from '@/lib/server/buildings';

interface Props {
  params: Promise<{ slug: string; building: string }>;
}

async function load(params: Props['params']) {
  await connection(); // request time: the build holds no records
  const { slug, building } = await params;
  return getBuilding(slug, building);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const b = await load(params);
  return b ? { title: `${pickText(b.name)} · ${pickText(b.site.name)}` } : {};
}

export default async function BuildingPage({ params }: Props) {
  const b = await load(params);
  if (!b) notFound();
  const t = getTranslator();

  return (
    <article className="record">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link href={`/sites/${b.site.slug}`}>{pickText(b.site.name)}</Link>
      </nav>
      <header className="record-header">
        <h1>{pickText(b.name)}</h1>
        <p>
          <BuildingStatusBadge status={b.status} />
        </p>
      </header>

      <section aria-labelledby="facts-heading" className="panel">
        <h2 id="facts-heading">{t('site.overview')}</h2>
        {b.description && <p>{pickText(b.description)}</p>}
        <dl className="facts">
          <div>
            <dt>{t('building.site')}</dt>
            <dd>
              <Link href={`/sites/${b.site.slug}`}>{pickText(b.site.name)}</Link>
              {b.site.level && <span className="muted">（{t(`level.${b.site.level}`)}）</span>}
            </dd>
          </div>
          {b.aliases.length > 0 && (
            <div>
              <dt>{t('building.aliases')}</dt>
              <dd>{b.aliases.join('、')}</dd>
            </div>
          )}
          {b.originalUse && (
            <div>
              <dt>{t('building.originalUse')}</dt>
              <dd>{pickText(b.originalUse)}</dd>
            </div>
          )}
          <div>
            <dt>{t('common.floorArea')}</dt>
            <dd>
              {b.floorAreaM2 !== null ? (
                t('common.squareMetres', { area: formatNumber(b.floorAreaM2) })
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
                  <Link href={`/projects/${p.slug}`}>{pickText(p.title)}</Link>
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

      <SourcesList sources={b.sources} />
    </article>
  );
}
