'use client';

import styles from './form.module.css';
import { type Option, t } from './options';
import { SelectField } from './select-field';

export interface ParticipantValue {
  organisation: string;
  role: string;
}

interface ParticipantsFieldProps {
  id: string;
  rows: ParticipantValue[];
  organisations: Option[];
  roles: Option[];
  errorsFor: (path: string) => string[];
  idFor: (path: string) => string;
  onChange: (rows: ParticipantValue[], path: string) => void;
  onBlur: (path: string) => void;
}

/** Organisation-and-role rows, added and removed one by one. */
export function ParticipantsField({ id, rows, organisations, roles, errorsFor, idFor, onChange, onBlur }: ParticipantsFieldProps) {
  const update = (i: number, key: keyof ParticipantValue, value: string) =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)),
      `participants.${i}.${key}`,
    );
  return (
    <fieldset id={id} className={styles.fieldset}>
      <legend className={styles.legend}>{t('forms.project.participants')}</legend>
      <p className="field-hint">{t('forms.project.participantsHint')}</p>
      {rows.length > 0 && (
        <ol className={styles.rows}>
          {rows.map((row, i) => (
            // Rows have no identity of their own until saved; the position is what the errors name.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} className={styles.row} aria-label={t('forms.project.participantRow', { n: i + 1 })}>
              <SelectField
                id={idFor(`participants.${i}.organisation`)}
                label={t('forms.project.organisation')}
                required
                placeholder={t('forms.project.organisationEmpty')}
                options={organisations}
                value={row.organisation}
                errors={errorsFor(`participants.${i}.organisation`)}
                onChange={(v) => update(i, 'organisation', v)}
                onBlur={() => onBlur(`participants.${i}.organisation`)}
              />
              <SelectField
                id={idFor(`participants.${i}.role`)}
                label={t('forms.project.role')}
                required
                placeholder={t('forms.choose')}
                options={roles}
                value={row.role}
                errors={errorsFor(`participants.${i}.role`)}
                onChange={(v) => update(i, 'role', v)}
                onBlur={() => onBlur(`participants.${i}.role`)}
              />
              <button
                type="button"
                className="button"
                aria-label={t('forms.project.removeParticipant', { n: i + 1 })}
                onClick={() =>
                  onChange(
                    rows.filter((_, j) => j !== i),
                    'participants',
                  )
                }
              >
                {t('forms.project.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className={`button ${styles.addRow}`}
        onClick={() => onChange([...rows, { organisation: '', role: '' }], 'participants')}
      >
        {t('forms.project.addParticipant')}
      </button>
    </fieldset>
  );
}
