import { describedBy, type FieldProps, FieldShell } from './field';
import type { Option } from './options';

interface SelectFieldProps extends FieldProps {
  value: string;
  options: Option[];
  /** The first, empty choice: "请选择" for a required field, "（未载明）" for an optional one. */
  placeholder: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function SelectField({ value, options, placeholder, onChange, onBlur, ...field }: SelectFieldProps) {
  return (
    <FieldShell {...field}>
      <select
        id={field.id}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={field.errors.length > 0}
        aria-describedby={describedBy(field.id, field.hint, field.errors)}
        aria-required={field.required || undefined}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
