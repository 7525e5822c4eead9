import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { SiteForm } from '@/components/manage/forms/site-form';
import { LevelLabel } from '@/components/ui/level-label';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { listSites } from '@/lib/server/sites';

const t = getTranslator();

export const metadata: Metadata = { title: t('forms.site.listTitle') };

/** Every site, each leading to its editor, and the form that registers a new one. */
export default async function ManageSitesPage() {
  await connection(); // request time: the build holds no records
  const sites = await listSites();

  return (
    <>
      <header className="record-header">
        <h1>{t('forms.site.listTitle')}</h1>
        <p className="lead">{t('forms.site.listLead')}</p>
      </header>

      <section className="panel" aria-labelledby="site-list-heading">
        <h2 id="site-list-heading" className="visually-hidden">
          {t('forms.site.listTitle')}
        </h2>
        {sites.length ? (
          <div className="table-scroll">
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">{t('forms.site.name')}</th>
                  <th scope="col">{t('forms.site.level')}</th>
                  <th scope="col">{t('forms.site.buildingCount')}</th>
                  <th scope="col">{t('forms.site.projectCount')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('forms.nav.publicPage')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sites.map((s) => (
                  <tr key={s.slug}>
                    <th scope="row">
                      <Link href={`/manage/sites/${s.slug}`}>{pickText(s.name)}</Link>
                    </th>
                    <td data-label={t('forms.site.level')}>
                      <LevelLabel level={s.level} batch={s.batch} />
                    </td>
                    <td data-label={t('forms.site.buildingCount')}>{t('forms.site.count', { count: s.buildingCount })}</td>
                    <td data-label={t('forms.site.projectCount')}>{t('forms.site.projectsCount', { count: s.projectCount })}</td>
                    <td data-label="">
                      <Link href={`/sites/${s.slug}`} className="small">
                        {t('forms.nav.publicPage')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('forms.site.empty')}</p>
        )}
      </section>

      <section className="panel">
        <SiteForm />
      </section>
    </>
  );
}
