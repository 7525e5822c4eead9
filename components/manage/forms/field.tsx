import type { ReactNode } from 'react';
import styles from './form.module.css';
import { t } from './options';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  errors: string[];
}

/** What every control's markup needs to point at its hint and its errors. */
export function describedBy(id: string, hint: string | undefined, errors: string[]): string | undefined {
  return [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * A visible label, the control, an optional hint and the messages that name what is wrong. The hint
 * sits under the control (as in the workspace's other forms), so controls side by side line up.
 */
export function FieldShell({ id, label, hint, required, errors, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={errors.length ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className={styles.required}>（{t('forms.required')}）</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <ul id={`${id}-error`} className="field-error">
      {errors.map((e) => (
        <li key={e}>
          <span aria-hidden="true">✕ </span>
          {e}
        </li>
      ))}
    </ul>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  multiline?: boolean;
}

export function TextField({ value, onChange, onBlur, inputMode, autoComplete = 'off', multiline, ...field }: TextFieldProps) {
  const common = {
    id: field.id,
    value,
    onBlur,
    'aria-invalid': field.errors.length > 0,
    'aria-describedby': describedBy(field.id, field.hint, field.errors),
    'aria-required': field.required || undefined,
  };
  return (
    <FieldShell {...field}>
      {multiline ? (
        <textarea className="input" rows={4} onChange={(e) => onChange(e.target.value)} {...common} />
      ) : (
        <input
          className="input"
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      )}
    </FieldShell>
  );
}
