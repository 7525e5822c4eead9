'use client';

import type { DesignationDto } from '@/lib/api/dto';
import { apiFetch } from '@/lib/api/fetcher';
import { designationCreateSchema, designationPatchSchema } from '@/lib/api/schemas';
import { DateField } from './date-field';
import { TextField } from './field';
import styles from './form.module.css';
import { FormErrors } from './form-errors';
import { FormTitle } from './form-title';
import { dateOrNull, notNumbers, numberOrText, show, textOrNull } from './form-values';
import { levelOptions, type OrganisationOption, organisationOptions, t } from './options';
import { SelectField } from './select-field';
import { SubmitRow } from './submit-row';
import { useSchemaForm } from './use-schema-form';

const L = {
  level: t('forms.designation.level'),
  batch: t('forms.designation.batch'),
  date: t('forms.designation.date'),
  issuer: t('forms.designation.issuer'),
  documentNumber: t('forms.designation.documentNumber'),
  officialCode: t('forms.designation.officialCode'),
};

interface Props {
  siteSlug: string;
  organisations: OrganisationOption[];
  /** Given: edit this designation; absent: add one to the site. */
  designation?: DesignationDto;
  onDone?: () => void;
}

/**
 * One listing of the site (level, batch, date, issuer, document). The read model does not carry a
 * designation's official code, so only a new designation sets it; an edit leaves it as it is.
 */
export function DesignationForm({ siteSlug, organisations, designation, onDone }: Props) {
  const creating = !designation;
  const form = useSchemaForm({
    id: creating ? `designation-new-${siteSlug}` : `designation-${designation.id}`,
    initial: {
      level: designation?.level ?? '',
      batch: show(designation?.batch),
      date: show(designation?.date),
      issuer: designation?.issuer?.slug ?? '',
      documentNumber: show(designation?.documentNumber),
      officialCode: '',
    },
    schema: creating ? designationCreateSchema : designationPatchSchema,
    toBody: (v) => ({
      level: v.level || undefined,
      batch: numberOrText(v.batch),
      date: dateOrNull(v.date),
      issuer: v.issuer || null,
      documentNumber: textOrNull(v.documentNumber),
      ...(creating ? { officialCode: textOrNull(v.officialCode) } : {}),
    }),
    send: (body) =>
      creating
        ? apiFetch(`/api/v1/sites/${siteSlug}/designations`, { method: 'POST', json: body })
        : apiFetch(`/api/v1/designations/${designation.id}`, { method: 'PATCH', json: body }),
    labels: L,
    refine: (v) => notNumbers(v, ['batch'], t('forms.numberInvalid')),
    resetOnSave: creating,
    onSaved: onDone,
  });
  const titleId = `${form.id}-title`;

  return (
    <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <FormTitle id={titleId}>{creating ? t('forms.designation.createTitle') : t('forms.designation.editTitle')}</FormTitle>
      <FormErrors form={form} />
      <div className={styles.pair}>
        <SelectField label={L.level} required placeholder={t('forms.choose')} options={levelOptions} {...form.text('level')} />
        <TextField label={L.batch} hint={t('forms.designation.batchHint')} inputMode="numeric" {...form.text('batch')} />
      </div>
      <div className={styles.pair}>
        <DateField label={L.date} {...form.text('date')} />
        <SelectField label={L.issuer} placeholder={t('forms.none')} options={organisationOptions(organisations)} {...form.text('issuer')} />
      </div>
      <div className={styles.pair}>
        <TextField label={L.documentNumber} hint={t('forms.designation.documentNumberHint')} {...form.text('documentNumber')} />
        {creating && <TextField label={L.officialCode} {...form.text('officialCode')} />}
      </div>
      <SubmitRow
        label={creating ? t('forms.designation.create') : t('forms.save')}
        pending={form.pending}
        savedMessage={form.saved ? t('forms.saved') : null}
        onCancel={onDone}
      />
    </form>
  );
}
