'use client';

import { useId } from 'react';
import { formatPartialDate, isPartialDate } from '@/lib/domain/partial-date';
import { t } from './i18n';

/**
 * A labelled input with its hint and its errors, tied together for assistive technology:
 * the hint and the errors are the input's description, and an error marks it invalid.
 * Date fields also say how the typed date reads (即 2020年10月), so a clerk sees its precision.
 */
export function TextField({
  label,
  value,
  onChange,
  errors,
  kind,
  inputRef,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  kind: 'date' | 'note';
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  name: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [kind === 'date' ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    className: 'input',
  } as const;

  return (
    <div className={`field${kind === 'note' ? ' field-wide' : ''}${invalid ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {kind === 'date' ? (
        <input
          {...common}
          ref={inputRef}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="YYYY-MM-DD"
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <textarea {...common} ref={inputRef} rows={2} onChange={(e) => onChange(e.target.value)} />
      )}
      {kind === 'date' && (
        <p id={hintId} className="field-hint">
          {value.trim() === ''
            ? t('manage.milestone.cleared')
            : isPartialDate(value.trim())
              ? t('manage.milestone.reads', { date: formatPartialDate(value.trim(), 'zh') })
              : t('manage.milestone.formatHint')}
        </p>
      )}
      {invalid && (
        <ul id={errorId} className="field-error">
          {errors?.map((message) => (
            <li key={message}>
              <span aria-hidden="true">✗ </span>
              {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
