'use client';

import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { DateField } from '@/components/manage/forms/date-field';
import formStyles from '@/components/manage/forms/form.module.css';
import { FormErrors } from '@/components/manage/forms/form-errors';
import { FormTitle } from '@/components/manage/forms/form-title';
import { type OrganisationOption, organisationOptions, orgRoleOptions } from '@/components/manage/forms/options';
import { SelectField } from '@/components/manage/forms/select-field';
import { SubmitRow } from '@/components/manage/forms/submit-row';
import { useSchemaForm } from '@/components/manage/forms/use-schema-form';
import { isApiProblem } from '@/lib/api/fetcher';
import { type InspectionSchedule, inspectionScheduleSchema } from '@/lib/api/inspection-schemas';
import { inspectionWriteTags, scheduleInspection } from '@/lib/api/mutations';
import { keyOf } from '@/lib/api/queries';
import type { ExpertListDto, ScheduleResult } from '@/lib/api/review-dto';
import { INSPECTION_KINDS } from '@/lib/domain/codes';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { milestoneName } from '../history-text';
import { t } from '../i18n';
import { SaveWarnings } from '../save-warnings';
import { AttendeesField, type AttendeeValue } from './attendees-field';
import { PanelPicker, type PanelValue } from './panel-picker';
import { WaiverBox } from './waiver-box';
import { plainSentence } from './words';

const kindOptions = INSPECTION_KINDS.map((k) => ({ value: k, label: milestoneName(k) }));

const L = {
  kind: t('manage.inspections.schedule.kind'),
  date: t('manage.inspections.schedule.date'),
  organiser: t('manage.inspections.schedule.organiser'),
  attendees: t('manage.inspections.schedule.attendees'),
  // Templates: the form puts in which row ("第2个参加单位", "专家组第2位").
  'attendees.organisation': t.raw('manage.inspections.schedule.attendeeRow') as string,
  'attendees.role': t.raw('manage.inspections.schedule.attendeeRow') as string,
  panel: t('manage.inspections.schedule.panel'),
  'panel.email': t.raw('manage.inspections.schedule.panelRow') as string,
  'panel.chair': t.raw('manage.inspections.schedule.panelRow') as string,
  waiver: t('manage.inspections.schedule.waiver'),
};

/** The fields rule 5's refusal of a final acceptance is reported under. */
const RULE_FIELDS = ['kind', 'waiver'];

type Values = {
  kind: string;
  date: string;
  organiser: string;
  attendees: AttendeeValue[];
  panel: PanelValue;
  waiver: string;
};

const EMPTY: Values = { kind: '', date: '', organiser: '', attendees: [], panel: { members: [], chair: '' }, waiver: '' };

interface Props {
  projectSlug: string;
  organisations: OrganisationOption[];
  experts: ExpertListDto['items'];
}

/**
 * Scheduling a mid-term inspection or an acceptance: when, organised by whom, with which units,
 * before which panel. The server creates the inspection and its milestone, or refuses a final
 * acceptance whose preconditions are unmet (rule 5) unless a reason to waive them is written.
 */
export function ScheduleForm({ projectSlug, organisations, experts }: Props) {
  const queryClient = useQueryClient();
  /** The rule's sentences once the server refused a final acceptance; the waiver box shows while set. */
  const [rule, setRule] = useState<string[] | null>(null);
  const sent = useRef<{ kind: string; date: string } | null>(null);

  const form = useSchemaForm<Values, ScheduleResult>({
    id: `schedule-${projectSlug}`,
    initial: EMPTY,
    schema: inspectionScheduleSchema,
    toBody: (v) => ({
      kind: v.kind || undefined,
      date: v.date.trim(),
      organiser: v.organiser,
      attendees: v.attendees.map((a) => ({ organisation: a.organisation || null, role: a.role || undefined })),
      panel: v.panel.members.map((email) => ({ email, chair: email === v.panel.chair })),
      // Once offered, the waiver is always sent: blank, the schema says a reason is needed.
      ...(rule ? { waiver: v.waiver } : {}),
    }),
    send: (body) => scheduleInspection(projectSlug, body as InspectionSchedule),
    labels: L,
    refine: (v): Record<string, string[]> => (v.organiser ? {} : { organiser: [t('manage.inspections.schedule.organiserEmpty')] }),
    resetOnSave: true,
    refresh: false,
    // The new inspection's id is known only from the answer: invalidated in onSaved.
    invalidates: [],
    onSaved: (result) => {
      setRule(null);
      for (const tag of inspectionWriteTags(result.id, projectSlug)) void queryClient.invalidateQueries({ queryKey: keyOf(tag) });
    },
  });

  const problem = isApiProblem(form.problem) ? form.problem : null;
  // The readiness refusal is the one that names `waiver`: other 422s on `kind` (a second final
  // acceptance, one still unsigned) cannot be waived.
  const ruleRefusal = problem?.status === 422 && form.values.kind === 'final_acceptance' && !!problem.errors.waiver?.length;

  // The sentences under `kind` say what is missing; the one under `waiver` only asks for a reason,
  // which the box itself does. Read straight from the refusal on its first render, so the box is
  // there when the form moves focus to it, and kept afterwards while the clerk writes the reason.
  const refusalSentences = ruleRefusal ? (problem.errors.kind ?? []).map(plainSentence) : null;
  const refusalKey = refusalSentences?.join('\n');
  useEffect(() => {
    if (refusalKey !== undefined) setRule(refusalKey ? refusalKey.split('\n') : []);
  }, [refusalKey]);
  const sentences = refusalSentences ?? rule;

  /** Messages the box states (or stands in for), left out under the fields. */
  const stated = ruleRefusal ? RULE_FIELDS.flatMap((f) => problem.errors[f] ?? []).map(plainSentence) : [];
  const inBox = (m: string) => [...(sentences ?? []), ...stated].some((s) => m === s || m.endsWith(`：${s}`));
  const errorsOf = (path: string, nested = false) => form.errorsFor(path, nested).filter((m) => !inBox(m));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    sent.current = { kind: form.values.kind, date: form.values.date.trim() };
    form.submit(event);
  }

  const saved = form.saved && sent.current;
  const titleId = `${form.id}-title`;
  return (
    <form className={formStyles.form} onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <FormTitle id={titleId}>{t('manage.inspections.schedule.title')}</FormTitle>
      {!ruleRefusal && <FormErrors form={form} />}
      <div className={formStyles.pair}>
        <SelectField
          label={L.kind}
          required
          placeholder={t('manage.inspections.schedule.kindChoose')}
          options={kindOptions}
          {...form.text('kind')}
          errors={errorsOf('kind')}
          onChange={(kind) => {
            form.set('kind', kind);
            // The waiver answers a refusal of a final acceptance; another kind has nothing to waive.
            if (kind !== 'final_acceptance') {
              setRule(null);
              // Its path is passed so the refusal's message about the waiver goes too.
              form.set('waiver', '', 'waiver');
            }
          }}
        />
        <DateField label={L.date} required day {...form.text('date')} />
      </div>
      <SelectField
        label={L.organiser}
        required
        placeholder={t('manage.inspections.schedule.organiserEmpty')}
        options={organisationOptions(organisations)}
        {...form.text('organiser')}
      />
      <AttendeesField
        id={form.idFor('attendees')}
        rows={form.values.attendees}
        organisations={organisationOptions(organisations)}
        roles={orgRoleOptions}
        errorsFor={(path) => form.errorsFor(path)}
        idFor={form.idFor}
        onChange={(rows, path) => form.set('attendees', rows, path)}
        onBlur={form.touch}
      />
      <PanelPicker
        id={form.idFor('panel')}
        experts={experts}
        value={form.values.panel}
        errors={errorsOf('panel', true)}
        onChange={(panel) => form.set('panel', panel)}
      />
      {sentences && (
        <WaiverBox
          sentences={sentences}
          others={
            ruleRefusal
              ? form
                  .serverSummary()
                  .filter((s) => !RULE_FIELDS.includes(s.path))
                  .map((s) => ({ href: `#${form.idFor(s.path)}`, message: s.message }))
              : []
          }
          boxRef={ruleRefusal ? form.summaryRef : undefined}
          field={{ ...form.text('waiver'), errors: errorsOf('waiver') }}
        />
      )}
      {saved && form.saved && <SaveWarnings warnings={form.saved.result.warnings} />}
      <SubmitRow
        label={sentences ? t('manage.inspections.schedule.submitWaiver') : t('manage.inspections.schedule.submit')}
        pending={form.pending}
        savedMessage={
          saved
            ? t('manage.inspections.schedule.scheduled', {
                kind: milestoneName(saved.kind),
                date: saved.date ? formatPartialDate(saved.date, 'zh') : '',
              })
            : null
        }
      />
    </form>
  );
}
