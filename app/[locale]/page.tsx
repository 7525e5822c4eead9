import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { LevelLabel } from '@/components/ui/level-label';
import { LocalText } from '@/components/ui/local-text';
import { PartialDateText } from '@/components/ui/partial-date';
import { VerdictBadge } from '@/components/ui/status-badge';
import { localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { formatNumber, getTranslator } from '@/lib/i18n/translator';
import { getHome } from '@/lib/server/home';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  return pageMetadata({ locale, path: '/', title: t('home.title'), description: t('home.lead'), absoluteTitle: true });
}

export default async function HomePage({ params }: Props) {
  await connection(); // request time: the build holds no records
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  const home = await getHome();
  const counts = [
    ['countSites', home.counts.sites],
    ['countBuildings', home.counts.buildings],
    ['countProjects', home.counts.projects],
    ['countAccepted', home.counts.accepted],
    ['countInspections', home.counts.inspections],
  ] as const;

  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="visually-hidden">
          {t('home.counts')}
        </h2>
        <dl className="counts">
          {counts.map(([key, value]) => (
            <div key={key} className="count">
              <dt>{t(`home.${key}`)}</dt>
              <dd>{formatNumber(value, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="columns">
        <section aria-labelledby="sites-heading" className="panel">
          <h2 id="sites-heading">{t('home.sites')}</h2>
          <ul className="card-list">
            {home.sites.map((s) => (
              <li key={s.slug} className="card">
                <h3>
                  <Link href={localeHref(locale, `/sites/${encodeURIComponent(s.slug)}`)} className="record-name">
                    <LocalText text={s.name} />
                  </Link>
                </h3>
                <p>
                  <LevelLabel level={s.level} batch={s.batch} />
                </p>
                <p className="muted">
                  {t(`siteCategory.${s.category}`)}
                  {s.district && (
                    <>
                      {' · '}
                      <span className="nowrap">
                        <LocalText text={s.district} />
                      </span>
                    </>
                  )}
                </p>
                <p className="muted">{t('home.buildingsAndProjects', { buildings: s.buildingCount, projects: s.projectCount })}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="recent-heading" className="panel">
          <h2 id="recent-heading">{t('home.recent')}</h2>
          <ol className="recent">
            {home.recent.map((r) => (
              <li key={`${r.project.slug}-${r.kind}-${r.date}`}>
                <PartialDateText date={r.date} />
                <div>
                  <strong>{t(`milestone.${r.kind}`)}</strong> {r.verdict && <VerdictBadge verdict={r.verdict} />}
                  <div>
                    <Link href={localeHref(locale, `/projects/${encodeURIComponent(r.project.slug)}`)}>
                      <LocalText text={r.project.title} />
                    </Link>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
