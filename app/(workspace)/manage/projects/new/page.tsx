import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { ProjectForm, type SiteOption } from '@/components/manage/forms/project-form';
import { getTranslator } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';
import { listOrganisations } from '@/lib/server/services/organisations';
import { getSite, listSites } from '@/lib/server/sites';
import { RECORD_KEEPERS } from '@/lib/server/write';

const t = getTranslator();

export const metadata: Metadata = { title: t('forms.project.newTitle') };

/** A new project: every site with its buildings, so choosing a site offers exactly its buildings. */
export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ site?: string | string[] }> }) {
  await connection();
  const actor = await currentActor(await headers());
  // The layout renders the sign-in redirect or the refusal instead of this page, in parallel with it.
  if (!actor || !RECORD_KEEPERS.includes(actor.role)) return null;
  const [{ site }, summaries] = await Promise.all([searchParams, listSites()]);
  const details = await Promise.all(summaries.map((s) => getSite(s.slug)));
  const sites: SiteOption[] = details.flatMap((d) =>
    d ? [{ slug: d.slug, name: d.name, buildings: d.buildings.map((b) => ({ slug: b.slug, name: b.name })) }] : [],
  );

  return (
    <>
      <header className="record-header">
        <h1 id="new-project-title">{t('forms.project.newTitle')}</h1>
        <p className="lead">{t('forms.project.newLead')}</p>
      </header>
      <section className="panel">
        <ProjectForm
          titleId="new-project-title"
          sites={sites}
          organisations={listOrganisations(actor).items}
          initialSite={typeof site === 'string' ? site : undefined}
        />
      </section>
    </>
  );
}
