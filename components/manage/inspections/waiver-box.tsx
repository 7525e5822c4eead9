'use client';

import type { Ref } from 'react';
import { TextField } from '@/components/manage/forms/field';
import { t } from '../i18n';

interface Props {
  /** The rule's sentences from the refusal: what is missing before a final acceptance. */
  sentences: string[];
  /** Other field messages of the same refusal, linked to their fields. */
  others: { href: string; message: string }[];
  /** The form's summary ref while this box is the refusal being reported, so focus lands here. */
  boxRef?: Ref<HTMLDivElement>;
  field: { id: string; value: string; errors: string[]; onChange: (v: string) => void; onBlur: () => void };
}

/**
 * Rule 5 refused a final acceptance: say why, in the server's words, and offer to hold it anyway
 * with a written reason (the service records the waiver with the inspection).
 */
export function WaiverBox({ sentences, others, boxRef, field }: Props) {
  return (
    <div ref={boxRef} tabIndex={-1} role="alert" className="waiver-box">
      <p className="waiver-title">
        <span aria-hidden="true">✗ </span>
        {t('manage.inspections.schedule.ruleTitle')}
      </p>
      <ul>
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
        {others.map((o) => (
          <li key={o.href + o.message}>
            <a href={o.href}>{o.message}</a>
          </li>
        ))}
      </ul>
      <fieldset className="waiver-fieldset">
        <legend>{t('manage.inspections.schedule.waiverTitle')}</legend>
        <p className="field-hint">{t('manage.inspections.schedule.waiverLead')}</p>
        <TextField
          label={t('manage.inspections.schedule.waiver')}
          hint={t('manage.inspections.schedule.waiverHint')}
          required
          multiline
          {...field}
        />
      </fieldset>
    </div>
  );
}
