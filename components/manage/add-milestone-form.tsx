'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { MilestoneDto } from '@/lib/api/dto';
import { isApiProblem } from '@/lib/api/fetcher';
import { createMilestone, milestoneWriteTags } from '@/lib/api/mutations';
import { keyOf } from '@/lib/api/queries';
import { fieldErrors, type MilestoneCreate, milestoneCreateSchema } from '@/lib/api/schemas';
import { MILESTONE_KINDS, type MilestoneKind, REPEATABLE_MILESTONE_KINDS } from '@/lib/domain/codes';
import { milestoneName } from './history-text';
import { t } from './i18n';
import { SaveWarnings } from './save-warnings';
import { TextField } from './text-field';

const EMPTY = { kind: '', planned: '', actual: '', note: '' };
type Form = typeof EMPTY;

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const toBody = (f: Form) => ({ kind: f.kind || undefined, planned: orNull(f.planned), actual: orNull(f.actual), note: orNull(f.note) });

/** A new milestone: kind, dates, note; checked as typed with the shared schema, decided by the server's rules. */
export function AddMilestoneForm({ projectSlug, existing }: { projectSlug: string; existing: MilestoneDto[] }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(EMPTY);
  /** Fields the user has typed in (or all of them after a submit): only those show errors while typing. */
  const [touched, setTouched] = useState<Partial<Record<keyof Form, boolean>>>({});
  const kindId = useId();
  const kindErrorId = useId();

  const create = useMutation({
    mutationFn: (body: MilestoneCreate) => createMilestone(projectSlug, body),
    onSuccess: () => {
      setForm(EMPTY);
      setTouched({});
    },
    onSettled: () => {
      for (const tag of milestoneWriteTags(projectSlug)) void queryClient.invalidateQueries({ queryKey: keyOf(tag) });
    },
  });

  const parsed = milestoneCreateSchema.safeParse(toBody(form));
  const clientErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const problem = create.isError && isApiProblem(create.error) ? create.error : null;
  const errorsFor = (field: keyof Form) => (touched[field] ? clientErrors[field] : undefined) ?? problem?.errors[field];
  const taken = new Set(existing.map((m) => m.kind));

  function set(field: keyof Form, value: string) {
    if (!create.isPending) create.reset();
    setTouched((t) => ({ ...t, [field]: true }));
    setForm((f) => ({ ...f, [field]: value }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setTouched({ kind: true, planned: true, actual: true, note: true });
    if (!parsed.success) return;
    create.mutate(parsed.data);
  }

  const kindErrors = errorsFor('kind');
  return (
    <form className="add-milestone" aria-labelledby="add-milestone-heading" onSubmit={onSubmit} noValidate>
      <h2 id="add-milestone-heading">{t('manage.add.title')}</h2>
      <div className="milestone-fields">
        <div className={`field field-wide${kindErrors ? ' has-error' : ''}`}>
          <label htmlFor={kindId}>{t('manage.add.kind')}</label>
          <select
            id={kindId}
            className="input"
            value={form.kind}
            aria-invalid={kindErrors ? true : undefined}
            aria-describedby={kindErrors ? kindErrorId : undefined}
            onChange={(e) => set('kind', e.target.value)}
          >
            <option value="">{t('manage.add.choose')}</option>
            {MILESTONE_KINDS.map((kind: MilestoneKind) => {
              const single = taken.has(kind) && !REPEATABLE_MILESTONE_KINDS.includes(kind);
              return (
                <option key={kind} value={kind} disabled={single}>
                  {single ? t('manage.add.existing', { kind: milestoneName(kind) }) : milestoneName(kind)}
                </option>
              );
            })}
          </select>
          {kindErrors && (
            <ul id={kindErrorId} className="field-error">
              {kindErrors.map((m) => (
                <li key={m}>
                  <span aria-hidden="true">✗ </span>
                  {m}
                </li>
              ))}
            </ul>
          )}
        </div>
        <TextField
          name="planned"
          kind="date"
          label={t('manage.milestone.planned')}
          value={form.planned}
          errors={errorsFor('planned')}
          onChange={(v) => set('planned', v)}
        />
        <TextField
          name="actual"
          kind="date"
          label={t('manage.milestone.actual')}
          value={form.actual}
          errors={errorsFor('actual')}
          onChange={(v) => set('actual', v)}
        />
        <TextField
          name="note"
          kind="note"
          label={t('manage.milestone.note')}
          value={form.note}
          errors={errorsFor('note')}
          onChange={(v) => set('note', v)}
        />
      </div>
      <div className="milestone-actions">
        <button type="submit" className="button button-primary" aria-disabled={create.isPending || undefined}>
          {t('manage.add.submit')}
        </button>
        <div className="row-status" role="status">
          {create.isPending && <span>{t('manage.common.saving')}</span>}
          {create.isSuccess && (
            <span className="saved">
              <span aria-hidden="true">✓ </span>
              {t('manage.add.added', { kind: milestoneName(create.data.milestone.kind, create.data.milestone.sequence) })}
            </span>
          )}
        </div>
      </div>
      {create.isSuccess && <SaveWarnings warnings={create.data.warnings} />}
      {problem && (
        <p className="notice tone-bad" role="alert">
          <span aria-hidden="true">✗ </span>
          {t('manage.add.failed', { detail: problem.detail })}
        </p>
      )}
    </form>
  );
}
