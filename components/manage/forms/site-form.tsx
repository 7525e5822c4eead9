'use client';

import { useRouter } from 'next/navigation';
import type { LocalizedText, SiteSummary } from '@/lib/api/dto';
import { apiFetch } from '@/lib/api/fetcher';
import { siteCreateSchema, sitePatchSchema } from '@/lib/api/schemas';
import { TextField } from './field';
import styles from './form.module.css';
import { FormErrors } from './form-errors';
import { FormTitle } from './form-title';
import { joinList, localizedOrNull, nameBody, notNumbers, numberOrText, show, splitList, textOrNull } from './form-values';
import { siteCategoryOptions, t } from './options';
import { SelectField } from './select-field';
import { SubmitRow } from './submit-row';
import { useSchemaForm } from './use-schema-form';

/** The fields of a site the form edits (a SiteDetail has them all). */
export interface SiteFields {
  slug: string;
  name: LocalizedText;
  aliases: string[];
  category: SiteSummary['category'];
  address: LocalizedText | null;
  district: string | null;
  foundedYear: number | null;
  description: LocalizedText | null;
}

const L = {
  slug: t('forms.site.slug'),
  'name.zh': t('forms.site.nameZh'),
  'name.en': t('forms.site.nameEn'),
  aliases: t('forms.site.aliases'),
  category: t('forms.site.category'),
  'address.zh': t('forms.site.addressZh'),
  'address.en': t('forms.site.addressEn'),
  district: t('forms.site.district'),
  foundedYear: t('forms.site.foundedYear'),
  'description.zh': t('forms.site.descriptionZh'),
  'description.en': t('forms.site.descriptionEn'),
};

function initialValues(site?: SiteFields) {
  return {
    slug: site?.slug ?? '',
    'name.zh': site?.name.zh ?? '',
    'name.en': show(site?.name.en),
    aliases: joinList(site?.aliases),
    category: site?.category ?? '',
    'address.zh': show(site?.address?.zh),
    'address.en': show(site?.address?.en),
    district: show(site?.district),
    foundedYear: show(site?.foundedYear),
    'description.zh': show(site?.description?.zh),
    'description.en': show(site?.description?.en),
  };
}
type Values = ReturnType<typeof initialValues>;

function toBody(v: Values, withSlug: boolean) {
  return {
    ...(withSlug ? { slug: v.slug.trim() } : {}),
    name: nameBody(v['name.zh'], v['name.en']),
    aliases: splitList(v.aliases),
    category: v.category || undefined,
    address: localizedOrNull(v['address.zh'], v['address.en']),
    district: textOrNull(v.district),
    foundedYear: numberOrText(v.foundedYear),
    description: localizedOrNull(v['description.zh'], v['description.en']),
  };
}

/** Registers a site (then opens its page in the workspace), or edits one. */
export function SiteForm({ site }: { site?: SiteFields }) {
  const router = useRouter();
  const creating = !site;
  const form = useSchemaForm<Values, { slug: string; nameZh: string }>({
    id: creating ? 'site-new' : 'site-edit',
    initial: initialValues(site),
    schema: creating ? siteCreateSchema : sitePatchSchema,
    toBody: (v) => toBody(v, creating),
    send: (body) =>
      creating
        ? apiFetch('/api/v1/sites', { method: 'POST', json: body })
        : apiFetch(`/api/v1/sites/${site.slug}`, { method: 'PATCH', json: body }),
    labels: L,
    refine: (v) => notNumbers(v, ['foundedYear'], t('forms.numberInvalid')),
    refresh: !creating,
    onSaved: (row) => {
      if (creating) router.push(`/manage/sites/${row.slug}`);
    },
  });
  const titleId = `${form.id}-title`;

  return (
    <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <FormTitle id={titleId} level={2}>
        {creating ? t('forms.site.createTitle') : t('forms.site.editTitle')}
      </FormTitle>
      <FormErrors form={form} />
      {creating && <TextField label={L.slug} hint={t('forms.slugHint')} required {...form.text('slug')} />}
      <div className={styles.pair}>
        <TextField label={L['name.zh']} required {...form.text('name.zh')} />
        <TextField label={L['name.en']} {...form.text('name.en')} />
      </div>
      <TextField label={L.aliases} hint={t('forms.aliasesHint')} {...form.text('aliases', true)} />
      <div className={styles.pair}>
        <SelectField label={L.category} required placeholder={t('forms.choose')} options={siteCategoryOptions} {...form.text('category')} />
        <TextField label={L.foundedYear} hint={t('forms.yearHint')} inputMode="numeric" {...form.text('foundedYear')} />
      </div>
      <div className={styles.pair}>
        <TextField label={L['address.zh']} {...form.text('address.zh')} />
        <TextField label={L['address.en']} {...form.text('address.en')} />
      </div>
      <TextField label={L.district} {...form.text('district')} />
      <TextField label={L['description.zh']} multiline {...form.text('description.zh')} />
      <TextField label={L['description.en']} multiline {...form.text('description.en')} />
      <SubmitRow
        label={creating ? t('forms.site.create') : t('forms.save')}
        pending={form.pending}
        savedMessage={form.saved && !creating ? t('forms.saved') : null}
      />
    </form>
  );
}
