'use client';

import type { ApprovalDto } from '@/lib/api/dto';
import { apiFetch } from '@/lib/api/fetcher';
import { projectWriteTags } from '@/lib/api/mutations';
import { keyOf } from '@/lib/api/queries';
import { approvalCreateSchema, approvalPatchSchema } from '@/lib/api/schemas';
import { CheckboxGroup } from './checkbox-group';
import { DateField } from './date-field';
import { TextField } from './field';
import styles from './form.module.css';
import { FormErrors } from './form-errors';
import { FormTitle } from './form-title';
import { dateOrNull, localizedOrNull, show, textOrNull } from './form-values';
import {
  approvalSubjectOptions,
  type BuildingOption,
  buildingOptions,
  decisionOptions,
  type OrganisationOption,
  organisationOptions,
  t,
} from './options';
import { SelectField } from './select-field';
import { SubmitRow } from './submit-row';
import { useSchemaForm } from './use-schema-form';

/** What the API answers to a saved approval: the row, and the rule checks it raised (rule 6). */
export interface ApprovalSaved {
  approval: { id: number };
  warnings: string[];
}

export interface ApprovalFormProps {
  projectSlug: string;
  /** Buildings of the project's site: an approval may cover some of them (rule 7 holds on the server). */
  buildings: BuildingOption[];
  /** Organisations to pick the approving authority from (GET /api/v1/organisations). */
  organisations: OrganisationOption[];
  /** Given: edit this approval (PATCH /api/v1/approvals/{id}); absent: add one to the project. */
  approval?: ApprovalDto;
  /** After a save, with the API's answer; the form itself shows the warnings. */
  onSaved?: (saved: ApprovalSaved) => void;
  /** Shows a cancel button (an edit form that closes). */
  onCancel?: () => void;
  /** Heading level of the form's title: 2 or 3 (default). */
  headingLevel?: 2 | 3;
}

const L = {
  subject: t('forms.approval.subject'),
  'subjectText.zh': t('forms.approval.subjectTextZh'),
  'subjectText.en': t('forms.approval.subjectTextEn'),
  authority: t('forms.approval.authority'),
  date: t('forms.approval.date'),
  documentNumber: t('forms.approval.documentNumber'),
  decision: t('forms.approval.decision'),
  buildings: t('forms.approval.buildings'),
};

/** An approval (批复) of a project: what was approved, by whom, when, under which document. */
export function ApprovalForm({ projectSlug, buildings, organisations, approval, onSaved, onCancel, headingLevel = 3 }: ApprovalFormProps) {
  const creating = !approval;
  const form = useSchemaForm<
    {
      subject: string;
      'subjectText.zh': string;
      'subjectText.en': string;
      authority: string;
      date: string;
      documentNumber: string;
      decision: string;
      buildings: string[];
    },
    ApprovalSaved
  >({
    id: creating ? `approval-new-${projectSlug}` : `approval-${approval.id}`,
    initial: {
      subject: approval?.subject ?? '',
      'subjectText.zh': show(approval?.subjectText?.zh),
      'subjectText.en': show(approval?.subjectText?.en),
      authority: approval?.authority?.slug ?? '',
      date: show(approval?.date),
      documentNumber: show(approval?.documentNumber),
      decision: approval?.decision ?? '',
      buildings: approval?.buildings ?? [],
    },
    schema: creating ? approvalCreateSchema : approvalPatchSchema,
    toBody: (v) => ({
      subject: v.subject || undefined,
      subjectText: localizedOrNull(v['subjectText.zh'], v['subjectText.en']),
      authority: v.authority || null,
      date: dateOrNull(v.date),
      documentNumber: textOrNull(v.documentNumber),
      decision: v.decision || undefined,
      buildings: v.buildings,
    }),
    send: (body) =>
      creating
        ? apiFetch(`/api/v1/projects/${projectSlug}/approvals`, { method: 'POST', json: body })
        : apiFetch(`/api/v1/approvals/${approval.id}`, { method: 'PATCH', json: body }),
    labels: L,
    resetOnSave: creating,
    // The project editor reads the project through react-query: refetch it rather than the page.
    refresh: false,
    invalidates: projectWriteTags(projectSlug).map(keyOf),
    onSaved,
  });
  const titleId = `${form.id}-title`;
  const warnings = form.saved?.result.warnings ?? [];

  return (
    <form className={styles.form} onSubmit={form.submit} noValidate aria-labelledby={titleId}>
      <FormTitle id={titleId} level={headingLevel}>
        {creating ? t('forms.approval.createTitle') : t('forms.approval.editTitle')}
      </FormTitle>
      <FormErrors form={form} />
      <div className={styles.pair}>
        <SelectField
          label={L.subject}
          required
          placeholder={t('forms.choose')}
          options={approvalSubjectOptions}
          {...form.text('subject')}
        />
        <SelectField label={L.decision} required placeholder={t('forms.choose')} options={decisionOptions} {...form.text('decision')} />
      </div>
      <div className={styles.pair}>
        <TextField label={L['subjectText.zh']} hint={t('forms.approval.subjectTextHint')} {...form.text('subjectText.zh')} />
        <TextField label={L['subjectText.en']} {...form.text('subjectText.en')} />
      </div>
      <div className={styles.pair}>
        <SelectField
          label={L.authority}
          placeholder={t('forms.none')}
          options={organisationOptions(organisations)}
          {...form.text('authority')}
        />
        <DateField label={L.date} {...form.text('date')} />
      </div>
      <TextField label={L.documentNumber} hint={t('forms.designation.documentNumberHint')} {...form.text('documentNumber')} />
      <CheckboxGroup
        id={form.idFor('buildings')}
        legend={L.buildings}
        hint={t('forms.approval.buildingsHint')}
        options={buildingOptions(buildings)}
        value={form.values.buildings}
        errors={form.errorsFor('buildings', true)}
        onChange={(list) => form.set('buildings', list)}
      />
      {warnings.length > 0 && (
        <div className={styles.warnings} role="status">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('forms.approval.warnings')}
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <SubmitRow
        label={creating ? t('forms.approval.create') : t('forms.save')}
        pending={form.pending}
        savedMessage={form.saved && !warnings.length ? t('forms.saved') : null}
        onCancel={onCancel}
      />
    </form>
  );
}
