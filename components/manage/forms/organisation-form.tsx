'use client';

import { apiFetch } from '@/lib/api/fetcher';
import { organisationCreateSchema, organisationPatchSchema } from '@/lib/api/schemas';
import { TextField } from './field';
import styles from './form.module.css';
import { FormErrors } from './form-errors';
import { FormTitle } from './form-title';
import { nameBody, show } from './form-values';
import { adminLevelOptions, type OrganisationKind, type OrganisationOption, organisationKindOptions, t } from './options';
import { SelectField } from './select-field';
import { SubmitRow } from './submit-row';
import { useSchemaForm } from './use-schema-form';

export interface OrganisationRow extends OrganisationOption {
  kind: OrganisationKind;
}

const L = {
  slug: t('forms.organisation.slug'),
  'name.zh': t('forms.organisation.nameZh'),
  'name.en': t('forms.organisation.nameEn'),
  kind: t('forms.organisation.kind'),
  adminLevel: t('forms.organisation.adminLevel'),
};

/** Admins register and correct organisations; anyone else is told so by the 403. */
export function OrganisationForm({ organisation, onDone }: { organisation?: OrganisationRow; onDone?: () => void }) {
  const creating = !organisation;
  const form = useSchemaForm<Record<keyof typeof L, string>, { nameZh: string }>({
    id: creating ? 'organisation-new' : `organisation-${organisation.slug}`,
    initial: {
      slug: organisation?.slug ?? '',
      'name.zh': organisation?.name.zh ?? '',
      'name.en': show(organisation?.name.en),
      kind: organisation?.kind ?? '',
      adminLevel: organisation?.adminLevel ?? '',
    },
    schema: creating ? organisationCreateSchema : organisationPatchSchema,
    toBody: (v) => ({
      ...(creating ? { slug: v.slug.trim() } : {}),
      name: nameBody(v['name.zh'], v['name.en']),
      kind: v.kind || undefined,
      adminLevel: v.adminLevel || null,
    }),
    send: (body) =>
      creating
        ? apiFetch('/api/v1/organisations', { method: 'POST', json: body })
        : apiFetch(`/api/v1/organisations/${organisation.slug}`, { method: 'PATCH', json: body }),
    labels: L,
    resetOnSave: creating,
    onSaved: onDone,
  });
  const titleId = `${form.id}-title`;

  return (
    <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <FormTitle id={titleId} level={creating ? 2 : 3}>
        {creating ? t('forms.organisation.createTitle') : t('forms.organisation.editTitle')}
      </FormTitle>
      <FormErrors form={form} forbidden={t('forms.organisation.adminOnly')} />
      {creating && <TextField label={L.slug} hint={t('forms.slugHint')} required {...form.text('slug')} />}
      <div className={styles.pair}>
        <TextField label={L['name.zh']} required {...form.text('name.zh')} />
        <TextField label={L['name.en']} {...form.text('name.en')} />
      </div>
      <div className={styles.pair}>
        <SelectField label={L.kind} required placeholder={t('forms.choose')} options={organisationKindOptions} {...form.text('kind')} />
        <SelectField label={L.adminLevel} placeholder={t('forms.none')} options={adminLevelOptions} {...form.text('adminLevel')} />
      </div>
      <SubmitRow
        label={creating ? t('forms.organisation.create') : t('forms.save')}
        pending={form.pending}
        savedMessage={form.saved ? t('forms.savedNamed', { name: form.saved.result.nameZh }) : null}
        onCancel={onDone}
      />
    </form>
  );
}
