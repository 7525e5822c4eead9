'use client';

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { TextField } from '@/components/manage/forms/field';
import styles from '@/components/manage/forms/form.module.css';
import { FormErrors } from '@/components/manage/forms/form-errors';
import { textOrNull } from '@/components/manage/forms/form-values';
import { SelectField } from '@/components/manage/forms/select-field';
import { SubmitRow } from '@/components/manage/forms/submit-row';
import { isApiProblem } from '@/lib/api/fetcher';
import { type Assessments, assessmentsSchema } from '@/lib/api/inspection-schemas';
import { putMyAssessments } from '@/lib/api/mutations';
import type { InspectionReviewDto } from '@/lib/api/review-dto';
import { fieldErrors } from '@/lib/api/schemas';
import { ACCEPTANCE_CRITERIA, type AcceptanceCriterion } from '@/lib/domain/codes';
import { t } from './i18n';
import { criterionLabel, gradeOptions } from './labels';
import { useInspectionCache } from './use-inspection-cache';

type Row = { grade: string; remarks: string };
type Rows = Record<AcceptanceCriterion, Row>;
type Errors = Record<string, string[]>;

function initialRows(dto: InspectionReviewDto): Rows {
  const mine = dto.assessments.find((a) => a.panelMemberId === dto.me?.panelMemberId)?.items ?? [];
  return Object.fromEntries(
    ACCEPTANCE_CRITERIA.map((c) => {
      const item = mine.find((i) => i.criterion === c);
      return [c, { grade: item?.grade ?? '', remarks: item?.remarks ?? '' }];
    }),
  ) as Rows;
}

/** Only graded criteria are sent; "不评定" leaves a criterion out. */
function toBody(rows: Rows): Assessments {
  return {
    assessments: ACCEPTANCE_CRITERIA.filter((c) => rows[c].grade).map((c) => ({
      criterion: c,
      grade: rows[c].grade as Assessments['assessments'][number]['grade'],
      remarks: textOrNull(rows[c].remarks),
    })),
  };
}

/**
 * Errors of the body (assessments.2.remarks) placed on the row they concern (overall_effect.remarks):
 * the body lists only graded criteria, so its indexes are not the rows'.
 */
function onRows(errors: Errors, body: Assessments): Errors {
  const out: Errors = {};
  for (const [path, messages] of Object.entries(errors)) {
    const m = /^assessments\.(\d+)\.(\w+)/.exec(path);
    const criterion = m ? body.assessments[Number(m[1])]?.criterion : undefined;
    const key = criterion && m ? `${criterion}.${m[2] === 'remarks' ? 'remarks' : 'grade'}` : 'assessments';
    out[key] = [...(out[key] ?? []), ...messages];
  }
  return out;
}

/** A panel member's own grades and remarks, criterion by criterion. */
export function AssessmentForm({ dto }: { dto: InspectionReviewDto }) {
  const [rows, setRows] = useState(() => initialRows(dto));
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const cache = useInspectionCache(dto.id, dto.project.slug);

  const body = toBody(rows);
  const parsed = assessmentsSchema.safeParse(body);
  const local: Errors = parsed.success ? {} : onRows(fieldErrors(parsed.error), body);
  for (const c of ACCEPTANCE_CRITERIA) {
    if (!rows[c].grade && rows[c].remarks.trim()) local[`${c}.grade`] = [t('review.assess.remarksWithoutGrade')];
  }
  if (local.assessments) local.assessments = [t('review.assess.atLeastOne')];

  const mutation = useMutation({
    mutationFn: (b: Assessments) => putMyAssessments(dto.id, b),
    onSuccess: (result) => {
      setServerErrors({});
      cache.put(result);
      void cache.invalidate();
    },
    onError: (error) => setServerErrors(isApiProblem(error) ? onRows(error.errors, body) : {}),
  });

  useEffect(() => {
    if (mutation.error) summaryRef.current?.focus();
  }, [mutation.error]);

  const errorsFor = (path: string) => serverErrors[path] ?? (attempted ? (local[path] ?? []) : []);
  const idFor = (path: string) => `assess-${dto.id}-${path.replace(/\./g, '-')}`;

  function update(c: AcceptanceCriterion, key: keyof Row, value: string) {
    setRows((prev) => ({ ...prev, [c]: { ...prev[c], [key]: value } }));
    setServerErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith(c) && k !== 'assessments')));
    mutation.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempted(true);
    // A remark with no grade would be dropped silently: say so instead of sending.
    if (Object.keys(local).length) return;
    mutation.mutate(body);
  }

  const formLevel = errorsFor('assessments');
  const titleId = `assess-${dto.id}-title`;

  return (
    <form className={`${styles.form} rv-assess-form`} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review.assess.title')}</h2>
      <p className="muted small">{t('review.assess.lead')}</p>
      {dto.stage === 'signing' && <p className="notice tone-warn">{t('review.assess.withdrawsNote')}</p>}
      <FormErrors
        form={{
          problem: mutation.error,
          summaryRef,
          idFor,
          serverSummary: () => Object.entries(serverErrors).flatMap(([path, list]) => list.map((message) => ({ path, message }))),
        }}
      />
      {formLevel.length > 0 && (
        <p id={idFor('assessments')} className="field-error" role="alert">
          {formLevel.join(' ')}
        </p>
      )}
      {ACCEPTANCE_CRITERIA.map((c) => (
        <fieldset key={c} className={`${styles.fieldset} rv-assess-row`}>
          <legend className={styles.legend}>{criterionLabel(c)}</legend>
          <SelectField
            id={idFor(`${c}.grade`)}
            label={t('review.assess.grade')}
            placeholder={t('review.assess.notAssessed')}
            options={gradeOptions(c)}
            value={rows[c].grade}
            errors={errorsFor(`${c}.grade`)}
            onChange={(v) => update(c, 'grade', v)}
            onBlur={() => undefined}
          />
          <TextField
            id={idFor(`${c}.remarks`)}
            label={t('review.assess.remarks')}
            multiline
            value={rows[c].remarks}
            errors={errorsFor(`${c}.remarks`)}
            onChange={(v) => update(c, 'remarks', v)}
            onBlur={() => undefined}
          />
        </fieldset>
      ))}
      <SubmitRow
        label={t('review.assess.save')}
        pending={mutation.isPending}
        savedMessage={mutation.isSuccess ? t('review.assess.saved') : null}
      />
    </form>
  );
}
