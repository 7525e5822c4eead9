import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { BuildingFields } from '@/components/manage/forms/building-form';
import { BuildingsEditor } from '@/components/manage/forms/buildings-editor';
import { DesignationsEditor } from '@/components/manage/forms/designations-editor';
import { SiteForm } from '@/components/manage/forms/site-form';
import { LevelLabel } from '@/components/ui/level-label';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';
import { getBuilding } from '@/lib/server/buildings';
import { listOrganisations } from '@/lib/server/services/organisations';
import { getSite } from '@/lib/server/sites';
import { RECORD_KEEPERS } from '@/lib/server/write';

const t = getTranslator();

export const metadata: Metadata = { title: t('forms.site.pageTitle') };

/** One site in the workspace: its own fields, its designation history and its buildings, each editable. */
export default async function ManageSitePage({ params }: { params: Promise<{ slug: string }> }) {
  await connection(); // request time: the build holds no records
  const actor = await currentActor(await headers());
  // The layout renders the sign-in redirect or the refusal instead of this page, in parallel with it.
  if (!actor || !RECORD_KEEPERS.includes(actor.role)) return null;
  const { slug } = await params;
  const site = await getSite(slug);
  if (!site) notFound();
  const organisations = listOrganisations(actor).items;
  const details = await Promise.all(site.buildings.map((b) => getBuilding(slug, b.slug)));
  const buildings: BuildingFields[] = details.flatMap((b) =>
    b
      ? [
          {
            slug: b.slug,
            name: b.name,
            aliases: b.aliases,
            originalUse: b.originalUse,
            builtYear: b.builtYear,
            floorAreaM2: b.floorAreaM2,
            condition: b.condition,
            description: b.description,
          },
        ]
      : [],
  );

  return (
    <article className="record">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link href="/manage">{t('forms.nav.workspace')}</Link> <Link href="/manage/sites">{t('forms.nav.sites')}</Link>
      </nav>
      <header className="record-header">
        <p className="eyebrow">
          <LevelLabel level={site.level} batch={site.batch} />
        </p>
        <h1>{pickText(site.name)}</h1>
        <p>
          <Link href={`/sites/${site.slug}`}>{t('forms.nav.publicPage')}</Link>
          {' · '}
          <Link href={`/manage/projects/new?site=${encodeURIComponent(site.slug)}`}>{t('forms.site.newProject')}</Link>
        </p>
      </header>

      <section className="panel">
        <SiteForm
          site={{
            slug: site.slug,
            name: site.name,
            aliases: site.aliases,
            category: site.category,
            address: site.address,
            district: site.district,
            foundedYear: site.foundedYear,
            description: site.description,
          }}
        />
      </section>

      <section className="panel" aria-labelledby="designations-heading">
        <h2 id="designations-heading">{t('forms.designation.title')}</h2>
        <DesignationsEditor siteSlug={site.slug} designations={site.designations} organisations={organisations} />
      </section>

      <section className="panel" aria-labelledby="buildings-heading">
        <h2 id="buildings-heading">{t('forms.building.title')}</h2>
        <BuildingsEditor siteSlug={site.slug} buildings={buildings} />
      </section>
    </article>
  );
}
