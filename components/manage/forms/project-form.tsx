'use client';

import { useRouter } from 'next/navigation';
import type { LocalizedText, ProjectDetail } from '@/lib/api/dto';
import { apiFetch } from '@/lib/api/fetcher';
import { projectCreateSchema } from '@/lib/api/schemas';
import { CheckboxField } from './checkbox-field';
import { CheckboxGroup } from './checkbox-group';
import { TextField } from './field';
import styles from './form.module.css';
import { FormErrors } from './form-errors';
import { localizedOrNull, nameBody } from './form-values';
import {
  type BuildingOption,
  buildingOptions,
  type OrganisationOption,
  organisationOptions,
  orgRoleOptions,
  projectCategoryOptions,
  t,
} from './options';
import { ParticipantsField, type ParticipantValue } from './participants-field';
import { SelectField } from './select-field';
import { SubmitRow } from './submit-row';
import { useSchemaForm } from './use-schema-form';

export interface SiteOption {
  slug: string;
  name: LocalizedText;
  buildings: BuildingOption[];
}

const L = {
  site: t('forms.project.site'),
  slug: t('forms.project.slug'),
  'title.zh': t('forms.project.titleZh'),
  'title.en': t('forms.project.titleEn'),
  category: t('forms.project.category'),
  buildings: t('forms.project.buildings'),
  // Kept as a template: the hook puts in which row ("第2个参与单位").
  'participants.organisation': t.raw('forms.project.participantRow') as string,
  'participants.role': t.raw('forms.project.participantRow') as string,
  'description.zh': t('forms.project.descriptionZh'),
  'description.en': t('forms.project.descriptionEn'),
  published: t('forms.project.published'),
};

interface Props {
  sites: SiteOption[];
  organisations: OrganisationOption[];
  /** Preselected site (from ?site=). */
  initialSite?: string;
  /** Id of the page heading that names the form. */
  titleId: string;
}

/** A new project on one site, over some of its buildings; saved, it opens in the project editor. */
export function ProjectForm({ sites, organisations, initialSite, titleId }: Props) {
  const router = useRouter();
  const form = useSchemaForm({
    id: 'project-new',
    initial: {
      site: sites.some((s) => s.slug === initialSite) ? (initialSite as string) : '',
      slug: '',
      'title.zh': '',
      'title.en': '',
      category: '',
      buildings: [] as string[],
      participants: [] as ParticipantValue[],
      'description.zh': '',
      'description.en': '',
      published: false,
    },
    schema: projectCreateSchema,
    toBody: (v) => ({
      site: v.site,
      ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
      title: nameBody(v['title.zh'], v['title.en']),
      category: v.category || undefined,
      buildings: v.buildings,
      participants: v.participants,
      description: localizedOrNull(v['description.zh'], v['description.en']),
      published: v.published,
    }),
    send: (body) => apiFetch<ProjectDetail>('/api/v1/projects', { method: 'POST', json: body }),
    labels: L,
    // An unchosen site or organisation is "choose one", not the slug rules the schema would cite.
    refine: (v) => ({
      ...(v.site ? {} : { site: [t('forms.project.siteEmpty')] }),
      ...Object.fromEntries(
        v.participants.flatMap((p, i) =>
          p.organisation ? [] : [[`participants.${i}.organisation`, [t('forms.project.organisationEmpty')]]],
        ),
      ),
    }),
    refresh: false,
    onSaved: (project) => router.push(`/manage/projects/${project.slug}`),
  });
  const { values } = form;
  const site = sites.find((s) => s.slug === values.site);

  return (
    <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <FormErrors form={form} />
      <SelectField
        label={L.site}
        required
        placeholder={t('forms.project.siteEmpty')}
        options={sites.map((s) => ({ value: s.slug, label: s.name.zh }))}
        {...form.text('site')}
        onChange={(slug) => {
          form.set('site', slug);
          // Another site's buildings cannot be this project's (rule 7).
          form.set('buildings', [], null);
        }}
      />
      <CheckboxGroup
        id={form.idFor('buildings')}
        legend={L.buildings}
        required
        options={site ? buildingOptions(site.buildings) : []}
        empty={site ? t('forms.project.noBuildings') : t('forms.project.chooseSiteFirst')}
        value={values.buildings}
        errors={form.errorsFor('buildings', true)}
        onChange={(list) => form.set('buildings', list)}
      />
      <div className={styles.pair}>
        <TextField label={L['title.zh']} required {...form.text('title.zh')} />
        <TextField label={L['title.en']} {...form.text('title.en')} />
      </div>
      <div className={styles.pair}>
        <SelectField
          label={L.category}
          required
          placeholder={t('forms.choose')}
          options={projectCategoryOptions}
          {...form.text('category')}
        />
        <TextField label={L.slug} hint={t('forms.project.slugHint')} {...form.text('slug')} />
      </div>
      <ParticipantsField
        id={form.idFor('participants')}
        rows={values.participants}
        organisations={organisationOptions(organisations)}
        roles={orgRoleOptions}
        errorsFor={(path) => form.errorsFor(path)}
        idFor={form.idFor}
        onChange={(rows, path) => form.set('participants', rows, path)}
        onBlur={form.touch}
      />
      <TextField label={L['description.zh']} multiline {...form.text('description.zh')} />
      <TextField label={L['description.en']} multiline {...form.text('description.en')} />
      <CheckboxField
        id={form.idFor('published')}
        label={L.published}
        checked={values.published}
        errors={form.errorsFor('published')}
        onChange={(on) => form.set('published', on)}
      />
      <SubmitRow label={t('forms.project.create')} pending={form.pending} />
    </form>
  );
}
