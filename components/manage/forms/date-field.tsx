import { formatPartialDate, isPartialDate } from '@/lib/domain/partial-date';
import { type FieldProps, TextField } from './field';
import { t } from './options';

type DateFieldProps = Omit<FieldProps, 'hint'> & {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** A day and nothing coarser (a meeting is held on a day). */
  day?: boolean;
};

/**
 * A partial date as typed text: a year, a month or a day, never more precise than the source.
 * Once the text is a date, the hint also says how it reads (即 2020年7月), so its precision shows.
 */
export function DateField({ day, ...props }: DateFieldProps) {
  const typed = props.value.trim();
  const hint = isPartialDate(typed)
    ? t('forms.dateReads', { date: formatPartialDate(typed, 'zh') })
    : t(day ? 'forms.dayHint' : 'forms.dateHint');
  // Text, not a numeric keypad: phones offer no hyphen there.
  return <TextField {...props} hint={hint} />;
}
