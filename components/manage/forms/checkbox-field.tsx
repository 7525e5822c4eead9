import { describedBy, FieldErrors } from './field';
import styles from './form.module.css';

interface CheckboxFieldProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  errors: string[];
  onChange: (checked: boolean) => void;
}

/** One yes-or-no choice, label beside the box. */
export function CheckboxField({ id, label, hint, checked, errors, onChange }: CheckboxFieldProps) {
  return (
    <div className={errors.length ? 'field has-error' : 'field'}>
      <label className={styles.check} htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy(id, hint, errors)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}
