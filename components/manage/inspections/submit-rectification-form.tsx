'use client';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { EvidenceInputs } from '@/components/manage/documents/evidence-inputs';
import { useEvidenceUploads } from '@/components/manage/documents/use-evidence-uploads';
import { TextField } from '@/components/manage/forms/field';
import formStyles from '@/components/manage/forms/form.module.css';
import { isApiProblem } from '@/lib/api/fetcher';
import { rectificationSubmitSchema } from '@/lib/api/inspection-schemas';
import { submitRectification } from '@/lib/api/mutations';
import type { RectificationItemDetail } from '@/lib/api/review-dto';
import { fieldErrors } from '@/lib/api/schemas';
import { t } from '../i18n';
import { useInspectionWrite } from './use-inspection-write';
import { underLabel } from './words';

interface Props {
  item: RectificationItemDetail;
  inspectionId: number;
  projectSlug: string;
  /** After the server's answer: what to say at the item (done, or stale and reloaded). */
  onDone: (outcome: 'submitted' | 'stale' | 'conflict', detail?: string) => void;
  onCancel: () => void;
}

/** The responsible unit's report that an item is mended, with what shows it (a note, before/after photos): open → submitted. */
export function SubmitRectificationForm({ item, inspectionId, projectSlug, onDone, onCancel }: Props) {
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const id = useId();
  const noteRef = useRef<HTMLDivElement>(null);
  const write = useInspectionWrite(inspectionId, projectSlug, (body: { version: number; note: string }) =>
    submitRectification(item.id, body),
  );
  const photos = useEvidenceUploads(item, projectSlug);

  useEffect(() => {
    noteRef.current?.querySelector('textarea')?.focus();
  }, []);

  const body = { version: item.version, note };
  const parsed = rectificationSubmitSchema.safeParse(body);
  const problem = write.error && isApiProblem(write.error) ? write.error : null;
  const local = attempted && !parsed.success ? fieldErrors(parsed.error).note : undefined;
  const errors = underLabel(local ?? problem?.errors.note, t('manage.inspections.items.note'));
  // A 409 is said at the item, which reloads it.
  const otherFailure = write.error && problem?.status !== 409 && !problem?.errors.note ? (problem?.detail ?? String(write.error)) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (write.isPending || photos.progress) return;
    setAttempted(true);
    if (!parsed.success) return;
    // The photos go first: a submission is only sent with all of its evidence in place.
    if (!(await photos.uploadAll())) return;
    write.mutate(parsed.data, {
      onSuccess: () => onDone('submitted'),
      onError: (error) => {
        if (isApiProblem(error) && error.status === 409) onDone(error.type.endsWith('stale-version') ? 'stale' : 'conflict', error.detail);
      },
    });
  }

  return (
    <form
      className={`${formStyles.form} rect-form`}
      onSubmit={submit}
      noValidate
      aria-label={t('manage.inspections.items.submitTitle', { description: item.description })}
    >
      <div ref={noteRef}>
        <TextField
          id={`${id}-note`}
          label={t('manage.inspections.items.note')}
          hint={t('manage.inspections.items.noteHint')}
          required
          multiline
          value={note}
          errors={errors}
          onChange={(v) => {
            setNote(v);
            if (!write.isPending) write.reset();
          }}
          onBlur={() => undefined}
        />
      </div>
      <EvidenceInputs uploads={photos} attempted={attempted} />
      {otherFailure && (
        <p className="notice tone-bad" role="alert">
          <span aria-hidden="true">✗ </span>
          {t('manage.inspections.items.failed', { detail: otherFailure })}
        </p>
      )}
      <div className={formStyles.actions}>
        <button type="submit" className="button button-primary" aria-disabled={write.isPending || !!photos.progress || undefined}>
          {write.isPending || photos.progress ? t('manage.common.saving') : t('manage.inspections.items.send')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('manage.inspections.items.cancel')}
        </button>
      </div>
    </form>
  );
}
