import { describedBy, FieldErrors } from './field';
import styles from './form.module.css';
import { type Option, t } from './options';

interface CheckboxGroupProps {
  id: string;
  legend: string;
  hint?: string;
  required?: boolean;
  options: Option[];
  value: string[];
  errors: string[];
  /** Shown instead of the boxes when there is nothing to choose. */
  empty?: string;
  onChange: (value: string[]) => void;
}

/** Several choices from a short list (a project's buildings), in list order whatever the click order. */
export function CheckboxGroup({ id, legend, hint, required, options, value, errors, empty, onChange }: CheckboxGroupProps) {
  const toggle = (slug: string, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(slug);
    else next.delete(slug);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      id={id}
      className={errors.length ? `${styles.fieldset} ${styles.fieldsetInvalid}` : styles.fieldset}
      aria-describedby={describedBy(id, hint, errors)}
    >
      <legend className={styles.legend}>
        {legend}
        {required && <span className={styles.required}>（{t('forms.required')}）</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {options.length ? (
        <ul className={styles.checks}>
          {options.map((o) => (
            <li key={o.value}>
              <label className={styles.check}>
                <input
                  type="checkbox"
                  checked={value.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                  aria-invalid={errors.length > 0 || undefined}
                />
                <span>{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        empty && <p className="field-hint">{empty}</p>
      )}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
