'use client';

import formStyles from '@/components/manage/forms/form.module.css';
import type { Option } from '@/components/manage/forms/options';
import { SelectField } from '@/components/manage/forms/select-field';
import { t } from '../i18n';

export interface AttendeeValue {
  organisation: string;
  role: string;
}

interface Props {
  id: string;
  rows: AttendeeValue[];
  organisations: Option[];
  roles: Option[];
  errorsFor: (path: string) => string[];
  idFor: (path: string) => string;
  onChange: (rows: AttendeeValue[], path: string) => void;
  onBlur: (path: string) => void;
}

/**
 * The units attending an inspection, row by row. Like a project's participants, but the unit may
 * be unnamed (a record that says only 施工单位), so its first choice is "not recorded", not "choose".
 */
export function AttendeesField({ id, rows, organisations, roles, errorsFor, idFor, onChange, onBlur }: Props) {
  const update = (i: number, key: keyof AttendeeValue, value: string) =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)),
      `attendees.${i}.${key}`,
    );
  return (
    <fieldset id={id} className={formStyles.fieldset}>
      <legend className={formStyles.legend}>{t('manage.inspections.schedule.attendees')}</legend>
      <p className="field-hint">{t('manage.inspections.schedule.attendeesHint')}</p>
      {rows.length > 0 && (
        <ol className={formStyles.rows}>
          {rows.map((row, i) => (
            // Rows have no identity until saved; the position is what the errors name.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className={formStyles.row} aria-label={t('manage.inspections.schedule.attendeeRow', { n: i + 1 })}>
              <SelectField
                id={idFor(`attendees.${i}.organisation`)}
                label={t('manage.inspections.schedule.organisation')}
                placeholder={t('manage.inspections.schedule.organisationNone')}
                options={organisations}
                value={row.organisation}
                errors={errorsFor(`attendees.${i}.organisation`)}
                onChange={(v) => update(i, 'organisation', v)}
                onBlur={() => onBlur(`attendees.${i}.organisation`)}
              />
              <SelectField
                id={idFor(`attendees.${i}.role`)}
                label={t('manage.inspections.schedule.role')}
                required
                placeholder={t('manage.inspections.schedule.choose')}
                options={roles}
                value={row.role}
                errors={errorsFor(`attendees.${i}.role`)}
                onChange={(v) => update(i, 'role', v)}
                onBlur={() => onBlur(`attendees.${i}.role`)}
              />
              <button
                type="button"
                className="button"
                aria-label={t('manage.inspections.schedule.removeAttendee', { n: i + 1 })}
                onClick={() =>
                  onChange(
                    rows.filter((_, j) => j !== i),
                    'attendees',
                  )
                }
              >
                {t('manage.inspections.schedule.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className={`button ${formStyles.addRow}`}
        onClick={() => onChange([...rows, { organisation: '', role: '' }], 'attendees')}
      >
        {t('manage.inspections.schedule.addAttendee')}
      </button>
    </fieldset>
  );
}
