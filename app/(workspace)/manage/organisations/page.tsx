import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { OrganisationForm } from '@/components/manage/forms/organisation-form';
import { OrganisationsEditor } from '@/components/manage/forms/organisations-editor';
import { getTranslator } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';
import { listOrganisations } from '@/lib/server/services/organisations';
import { RECORD_KEEPERS } from '@/lib/server/write';

const t = getTranslator();

export const metadata: Metadata = { title: t('forms.organisation.title') };

/**
 * The organisations records name. Staff read the list; admins also edit and register. The role
 * only chooses what to offer: the service refuses a staff write anyway (403).
 */
export default async function ManageOrganisationsPage() {
  await connection();
  const actor = await currentActor(await headers());
  // The layout renders the sign-in redirect or the refusal instead of this page, in parallel with it.
  if (!actor || !RECORD_KEEPERS.includes(actor.role)) return null;
  const { items } = listOrganisations(actor);
  const canEdit = actor.role === 'admin';

  return (
    <>
      <header className="record-header">
        <h1>{t('forms.organisation.title')}</h1>
        <p className="lead">{t('forms.organisation.lead')}</p>
      </header>

      {!canEdit && (
        <p className="notice tone-warn" role="note">
          {t('forms.organisation.adminOnlyNote')}
        </p>
      )}

      <section className="panel" aria-labelledby="organisation-list-heading">
        <h2 id="organisation-list-heading">{t('forms.organisation.listTitle')}</h2>
        <OrganisationsEditor organisations={items} canEdit={canEdit} />
      </section>

      {canEdit && (
        <section className="panel">
          <OrganisationForm />
        </section>
      )}
    </>
  );
}
