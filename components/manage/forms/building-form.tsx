'use client';

import type { LocalizedText } from '@/lib/api/dto';
import { apiFetch } from '@/lib/api/fetcher';
import { buildingCreateSchema, buildingPatchSchema } from '@/lib/api/schemas';
import { TextField } from './field';
import styles from './form.module.css';
import { FormErrors } from './form-errors';
import { FormTitle } from './form-title';
import { joinList, localizedOrNull, nameBody, notNumbers, numberOrText, show, splitList, textOrNull } from './form-values';
import { t } from './options';
import { SubmitRow } from './submit-row';
import { useSchemaForm } from './use-schema-form';

/** The fields of a building the form edits (a BuildingDetail has them all). */
export interface BuildingFields {
  slug: string;
  name: LocalizedText;
  aliases: string[];
  originalUse: LocalizedText | null;
  builtYear: number | null;
  floorAreaM2: number | null;
  condition: string | null;
  description: LocalizedText | null;
}

const L = {
  slug: t('forms.building.slug'),
  'name.zh': t('forms.building.nameZh'),
  'name.en': t('forms.building.nameEn'),
  aliases: t('forms.building.aliases'),
  'originalUse.zh': t('forms.building.originalUseZh'),
  'originalUse.en': t('forms.building.originalUseEn'),
  builtYear: t('forms.building.builtYear'),
  floorAreaM2: t('forms.building.floorArea'),
  condition: t('forms.building.condition'),
  'description.zh': t('forms.building.descriptionZh'),
  'description.en': t('forms.building.descriptionEn'),
};

function initialValues(b?: BuildingFields) {
  return {
    slug: b?.slug ?? '',
    'name.zh': b?.name.zh ?? '',
    'name.en': show(b?.name.en),
    aliases: joinList(b?.aliases),
    'originalUse.zh': show(b?.originalUse?.zh),
    'originalUse.en': show(b?.originalUse?.en),
    builtYear: show(b?.builtYear),
    floorAreaM2: show(b?.floorAreaM2),
    condition: show(b?.condition),
    'description.zh': show(b?.description?.zh),
    'description.en': show(b?.description?.en),
  };
}
type Values = ReturnType<typeof initialValues>;

interface Props {
  siteSlug: string;
  /** Given: edit this building; absent: add one to the site. */
  building?: BuildingFields;
  onDone?: () => void;
}

export function BuildingForm({ siteSlug, building, onDone }: Props) {
  const creating = !building;
  const form = useSchemaForm<Values, { nameZh: string }>({
    id: creating ? `building-new-${siteSlug}` : `building-${building.slug}`,
    initial: initialValues(building),
    schema: creating ? buildingCreateSchema : buildingPatchSchema,
    toBody: (v) => ({
      ...(creating ? { slug: v.slug.trim() } : {}),
      name: nameBody(v['name.zh'], v['name.en']),
      aliases: splitList(v.aliases),
      originalUse: localizedOrNull(v['originalUse.zh'], v['originalUse.en']),
      builtYear: numberOrText(v.builtYear),
      floorAreaM2: numberOrText(v.floorAreaM2),
      condition: textOrNull(v.condition),
      description: localizedOrNull(v['description.zh'], v['description.en']),
    }),
    send: (body) =>
      creating
        ? apiFetch(`/api/v1/sites/${siteSlug}/buildings`, { method: 'POST', json: body })
        : apiFetch(`/api/v1/sites/${siteSlug}/buildings/${building.slug}`, { method: 'PATCH', json: body }),
    labels: L,
    refine: (v) => notNumbers(v, ['builtYear', 'floorAreaM2'], t('forms.numberInvalid')),
    resetOnSave: creating,
    onSaved: onDone,
  });
  const titleId = `${form.id}-title`;

  return (
    <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <FormTitle id={titleId}>{creating ? t('forms.building.createTitle') : t('forms.building.editTitle')}</FormTitle>
      <FormErrors form={form} />
      {creating && <TextField label={L.slug} hint={t('forms.slugHint')} required {...form.text('slug')} />}
      <div className={styles.pair}>
        <TextField label={L['name.zh']} required {...form.text('name.zh')} />
        <TextField label={L['name.en']} {...form.text('name.en')} />
      </div>
      <TextField label={L.aliases} hint={t('forms.aliasesHint')} {...form.text('aliases', true)} />
      <div className={styles.pair}>
        <TextField label={L['originalUse.zh']} {...form.text('originalUse.zh')} />
        <TextField label={L['originalUse.en']} {...form.text('originalUse.en')} />
      </div>
      <div className={styles.pair}>
        <TextField label={L.builtYear} hint={t('forms.yearHint')} inputMode="numeric" {...form.text('builtYear')} />
        <TextField label={L.floorAreaM2} hint={t('forms.building.floorAreaHint')} inputMode="decimal" {...form.text('floorAreaM2')} />
      </div>
      <TextField label={L.condition} multiline {...form.text('condition')} />
      <TextField label={L['description.zh']} multiline {...form.text('description.zh')} />
      <TextField label={L['description.en']} multiline {...form.text('description.en')} />
      <SubmitRow
        label={creating ? t('forms.building.create') : t('forms.save')}
        pending={form.pending}
        savedMessage={form.saved ? t('forms.savedNamed', { name: form.saved.result.nameZh }) : null}
        onCancel={onDone}
      />
    </form>
  );
}
