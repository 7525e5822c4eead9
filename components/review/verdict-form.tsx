'use client';

import { useState } from 'react';
import { CheckboxField } from '@/components/manage/forms/checkbox-field';
import { FieldErrors, TextField } from '@/components/manage/forms/field';
import styles from '@/components/manage/forms/form.module.css';
import { FormErrors } from '@/components/manage/forms/form-errors';
import { textOrNull } from '@/components/manage/forms/form-values';
import { SelectField } from '@/components/manage/forms/select-field';
import { SubmitRow } from '@/components/manage/forms/submit-row';
import { useSchemaForm } from '@/components/manage/forms/use-schema-form';
import { isApiProblem } from '@/lib/api/fetcher';
import { type VerdictInput, verdictSchema } from '@/lib/api/inspection-schemas';
import { putVerdict } from '@/lib/api/mutations';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { ACCEPTANCE_CRITERIA } from '@/lib/domain/codes';
import { t } from './i18n';
import { criterionLabel, gradeOptions, type Option, verdictOptions } from './labels';
import { ProposalNote } from './proposal-note';
import { isStale, useInspectionCache } from './use-inspection-cache';
import { VerdictConflict } from './verdict-conflict';
import { FindingsField, type FindingValue, ItemsField, type ItemValue } from './verdict-lists';

type VerdictValues = {
  verdict: string;
  unanimous: boolean;
  dissent: string;
  conclusion: string;
  /** Grade per criterion; '' is "不评定" and leaves the criterion out. */
  criteria: Record<string, string>;
  findings: FindingValue[];
  rectificationItems: ItemValue[];
};

/** The recorded verdict when there is one; else what the members' grades point to. */
function initialValues(dto: InspectionReviewDto): VerdictValues {
  const v = dto.verdict;
  const criteria = v?.criteria ?? dto.proposal.criteria;
  return {
    verdict: v?.verdict ?? dto.proposal.verdict ?? '',
    unanimous: v?.unanimous ?? true,
    dissent: v?.dissent ?? '',
    conclusion: v?.conclusion ?? '',
    criteria: Object.fromEntries(ACCEPTANCE_CRITERIA.map((c) => [c, criteria.find((x) => x.criterion === c)?.grade ?? ''])),
    findings: v?.findings.map((f) => ({ criterion: f.criterion, text: f.text })) ?? [],
    rectificationItems:
      v?.rectificationItems.map((r) => ({
        description: r.description,
        responsible: r.responsible?.slug ?? '',
        due: r.due ?? '',
        status: r.status,
      })) ?? [],
  };
}

const item = (key: string) => `${t('review.verdict.item', { n: '{n}' })}·${t(`review.verdict.${key}` as 'review.verdict.itemDue')}`;
const LABELS = {
  verdict: t('review.verdict.verdict'),
  dissent: t('review.verdict.dissent'),
  conclusion: t('review.verdict.conclusion'),
  criteria: t('review.verdict.criteria'),
  'criteria.grade': t('review.verdict.criteria'),
  findings: t('review.verdict.findings'),
  'findings.criterion': `${t('review.verdict.finding', { n: '{n}' })}·${t('review.verdict.findingCriterion')}`,
  'findings.text': `${t('review.verdict.finding', { n: '{n}' })}·${t('review.verdict.findingText')}`,
  rectificationItems: t('review.verdict.items'),
  'rectificationItems.description': item('itemDescription'),
  'rectificationItems.responsible': item('itemResponsible'),
  'rectificationItems.due': item('itemDue'),
};

interface VerdictFormProps {
  dto: InspectionReviewDto;
  organisations: Option[];
  /** Start again from the record as it now stands (after someone else saved). */
  onReload: () => void;
}

/** The chair's form: the panel's verdict, its grounds, findings and what must be rectified. */
export function VerdictForm({ dto, organisations, onReload }: VerdictFormProps) {
  const cache = useInspectionCache(dto.id, dto.project.slug);
  // The version this form's values were based on: a save over someone else's is a 409, not an overwrite.
  const [baseVersion, setBaseVersion] = useState(dto.version);
  const [conflict, setConflict] = useState(false);
  const [withdrawOk, setWithdrawOk] = useState(false);
  const [withdrawMissing, setWithdrawMissing] = useState(false);
  const signed = dto.panel.filter((m) => m.signedAt).length;

  const form = useSchemaForm<VerdictValues, InspectionReviewDto>({
    id: `verdict-${dto.id}`,
    initial: initialValues(dto),
    schema: verdictSchema,
    toBody: (v) => ({
      version: baseVersion,
      verdict: v.verdict || undefined,
      unanimous: v.unanimous,
      dissent: v.unanimous ? null : textOrNull(v.dissent),
      conclusion: textOrNull(v.conclusion),
      criteria: ACCEPTANCE_CRITERIA.filter((c) => v.criteria[c]).map((c) => ({ criterion: c, grade: v.criteria[c] })),
      findings: v.findings.map((f) => ({ criterion: f.criterion || undefined, text: f.text })),
      rectificationItems: v.rectificationItems.map((r) => ({
        description: r.description,
        responsible: r.responsible || null,
        due: r.due.trim(),
      })),
    }),
    send: async (body) => {
      try {
        return await putVerdict(dto.id, body as VerdictInput);
      } catch (error) {
        if (isApiProblem(error) && error.status === 409) {
          await cache.refresh(error);
          setConflict(isStale(error));
        }
        throw error;
      }
    },
    labels: LABELS,
    refresh: false,
    invalidates: cache.keys,
    onSaved: (result) => {
      cache.put(result);
      setBaseVersion(result.version);
      setWithdrawOk(false);
      setConflict(false);
    },
  });

  const v = form.values;
  const graded = ACCEPTANCE_CRITERIA.filter((c) => v.criteria[c]);
  const titleId = `${form.id}-title`;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    if (signed > 0 && !withdrawOk) {
      event.preventDefault();
      setWithdrawMissing(true);
      document.getElementById(`${form.id}-withdraw`)?.focus();
      return;
    }
    form.submit(event);
  }

  return (
    <form className={`${styles.form} rv-verdict-form`} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review.verdict.title')}</h2>
      <p className="muted small">{t('review.verdict.lead')}</p>
      <ProposalNote dto={dto} />
      {conflict && (
        <VerdictConflict
          dto={dto}
          onReload={onReload}
          onKeep={() => {
            setBaseVersion(dto.version);
            setConflict(false);
          }}
        />
      )}
      {/* A stale version is told by VerdictConflict, with the choice it needs. */}
      {!isStale(form.problem) && <FormErrors form={form} />}
      <SelectField
        label={LABELS.verdict}
        required
        placeholder={t('review.verdict.choose')}
        options={verdictOptions}
        {...form.text('verdict')}
        onChange={(value) => {
          form.set('verdict', value);
          // The rule "基本合格 needs rectification" shows as soon as the verdict says so.
          form.touch('rectificationItems');
        }}
      />
      <CheckboxField
        id={form.idFor('unanimous')}
        label={t('review.verdict.unanimous')}
        checked={v.unanimous}
        errors={form.errorsFor('unanimous')}
        onChange={(checked) => form.set('unanimous', checked)}
      />
      {!v.unanimous && (
        <TextField label={LABELS.dissent} hint={t('review.verdict.dissentHint')} required multiline {...form.text('dissent')} />
      )}
      <TextField label={LABELS.conclusion} hint={t('review.verdict.conclusionHint')} multiline {...form.text('conclusion')} />

      <fieldset id={form.idFor('criteria')} className={styles.fieldset}>
        <legend className={styles.legend}>{LABELS.criteria}</legend>
        <p className="field-hint">{t('review.verdict.criteriaHint')}</p>
        <div className="rv-criteria-grid">
          {ACCEPTANCE_CRITERIA.map((c) => {
            const index = graded.indexOf(c);
            return (
              <SelectField
                key={c}
                id={form.idFor(`criteria.${c}`)}
                label={criterionLabel(c)}
                placeholder={t('review.assess.notAssessed')}
                options={gradeOptions(c)}
                value={v.criteria[c] ?? ''}
                errors={index < 0 ? [] : form.errorsFor(`criteria.${index}`, true)}
                onChange={(grade) => form.set('criteria', { ...v.criteria, [c]: grade }, 'criteria')}
                onBlur={() => undefined}
              />
            );
          })}
        </div>
        {/* Said under the list: at least one criterion graded. */}
        <FieldErrors id={form.idFor('criteria')} errors={form.errorsFor('criteria')} />
      </fieldset>

      <FindingsField
        id={form.idFor('findings')}
        rows={v.findings}
        errorsFor={form.errorsFor}
        idFor={form.idFor}
        onChange={(rows, path) => form.set('findings', rows, path)}
        onBlur={form.touch}
      />
      <ItemsField
        id={form.idFor('rectificationItems')}
        rows={v.rectificationItems}
        organisations={organisations}
        errorsFor={form.errorsFor}
        idFor={form.idFor}
        onChange={(rows, path) => form.set('rectificationItems', rows, path)}
        onBlur={form.touch}
      />

      {signed > 0 && (
        <div className={styles.warnings}>
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('review.verdict.withdrawWarning', { count: signed })}
          </p>
          <CheckboxField
            id={`${form.id}-withdraw`}
            label={t('review.verdict.withdrawConfirm')}
            checked={withdrawOk}
            errors={withdrawMissing && !withdrawOk ? [t('review.verdict.withdrawRequired')] : []}
            onChange={(checked) => {
              setWithdrawOk(checked);
              setWithdrawMissing(false);
            }}
          />
        </div>
      )}
      <SubmitRow label={t('review.verdict.save')} pending={form.pending} savedMessage={form.saved ? t('review.verdict.saved') : null} />
    </form>
  );
}
