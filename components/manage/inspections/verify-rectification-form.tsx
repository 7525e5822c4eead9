'use client';

import { type FormEvent, useId, useState } from 'react';
import { TextField } from '@/components/manage/forms/field';
import formStyles from '@/components/manage/forms/form.module.css';
import { isApiProblem } from '@/lib/api/fetcher';
import { type RectificationVerify, rectificationVerifySchema } from '@/lib/api/inspection-schemas';
import { verifyRectification } from '@/lib/api/mutations';
import type { RectificationItemDetail } from '@/lib/api/review-dto';
import { fieldErrors } from '@/lib/api/schemas';
import { t } from '../i18n';
import { useInspectionWrite } from './use-inspection-write';
import { underLabel } from './words';

interface Props {
  item: RectificationItemDetail;
  inspectionId: number;
  projectSlug: string;
  onDone: (outcome: 'closed' | 'returned' | 'stale' | 'conflict', detail?: string) => void;
}

/** The bureau's check of a submitted item: accepted (closed), or sent back with the reason. */
export function VerifyRectificationForm({ item, inspectionId, projectSlug, onDone }: Props) {
  const [note, setNote] = useState('');
  /** Which button was pressed last: a return needs a note, an acceptance does not. */
  const [tried, setTried] = useState<boolean | null>(null);
  const id = useId();
  const write = useInspectionWrite(inspectionId, projectSlug, (body: RectificationVerify) => verifyRectification(item.id, body));

  const bodyFor = (accept: boolean) => ({ version: item.version, accept, note: note.trim() ? note : null });
  const parsedFor = (accept: boolean) => rectificationVerifySchema.safeParse(bodyFor(accept));
  const problem = write.error && isApiProblem(write.error) ? write.error : null;
  const lastTry = tried === null ? null : parsedFor(tried);
  const local = lastTry && !lastTry.success ? fieldErrors(lastTry.error).note : undefined;
  const errors = underLabel(local ?? problem?.errors.note, t('manage.inspections.items.verifyNote'));
  // A 409 is said at the item, which reloads it.
  const otherFailure = write.error && problem?.status !== 409 && !problem?.errors.note ? (problem?.detail ?? String(write.error)) : null;

  function send(accept: boolean) {
    if (write.isPending) return;
    setTried(accept);
    const parsed = parsedFor(accept);
    if (!parsed.success) {
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    write.mutate(parsed.data, {
      onSuccess: () => onDone(accept ? 'closed' : 'returned'),
      onError: (error) => {
        if (isApiProblem(error) && error.status === 409) onDone(error.type.endsWith('stale-version') ? 'stale' : 'conflict', error.detail);
      },
    });
  }

  // Enter in the note is a line break (textarea), so only the buttons submit; each says what it does.
  const onSubmit = (event: FormEvent) => event.preventDefault();

  return (
    <form
      className={`${formStyles.form} rect-form`}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('manage.inspections.items.verifyTitle', { description: item.description })}
    >
      <TextField
        id={`${id}-note`}
        label={t('manage.inspections.items.verifyNote')}
        hint={t('manage.inspections.items.verifyNoteHint')}
        multiline
        value={note}
        errors={errors}
        onChange={(v) => {
          setNote(v);
          if (!write.isPending) write.reset();
        }}
        onBlur={() => undefined}
      />
      {otherFailure && (
        <p className="notice tone-bad" role="alert">
          <span aria-hidden="true">✗ </span>
          {t('manage.inspections.items.failed', { detail: otherFailure })}
        </p>
      )}
      <div className={formStyles.actions}>
        <button type="button" className="button button-primary" aria-disabled={write.isPending || undefined} onClick={() => send(true)}>
          {write.isPending && tried === true ? (
            t('manage.common.saving')
          ) : (
            <>
              <span aria-hidden="true">✓ </span>
              {t('manage.inspections.items.accept')}
            </>
          )}
        </button>
        <button type="button" className="button" aria-disabled={write.isPending || undefined} onClick={() => send(false)}>
          {write.isPending && tried === false ? (
            t('manage.common.saving')
          ) : (
            <>
              <span aria-hidden="true">↩ </span>
              {t('manage.inspections.items.reject')}
            </>
          )}
        </button>
      </div>
    </form>
  );
}
