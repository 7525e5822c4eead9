'use client';

import { describedBy, FieldErrors } from '@/components/manage/forms/field';
import formStyles from '@/components/manage/forms/form.module.css';
import type { ExpertListDto } from '@/lib/api/review-dto';
import { t } from '../i18n';

export interface PanelValue {
  /** Emails of the chosen experts, in the list's order. */
  members: string[];
  /** Email of the chair; one of `members`, or '' while none is named. */
  chair: string;
}

interface Props {
  id: string;
  experts: ExpertListDto['items'];
  value: PanelValue;
  errors: string[];
  onChange: (value: PanelValue) => void;
}

/**
 * The panel from the expert accounts: a box per expert to seat them, and beside it a radio to make
 * that member the chair (one chair, so radios; a member only, so it waits for the box).
 */
export function PanelPicker({ id, experts, value, errors, onChange }: Props) {
  const hint = t('manage.inspections.schedule.panelHint');
  const toggle = (email: string, on: boolean) => {
    const chosen = new Set(value.members);
    if (on) chosen.add(email);
    else chosen.delete(email);
    const members = experts.map((e) => e.email).filter((e) => chosen.has(e));
    onChange({ members, chair: members.includes(value.chair) ? value.chair : '' });
  };
  return (
    <fieldset
      id={id}
      className={errors.length ? `${formStyles.fieldset} ${formStyles.fieldsetInvalid}` : formStyles.fieldset}
      aria-describedby={describedBy(id, hint, errors)}
    >
      <legend className={formStyles.legend}>
        {t('manage.inspections.schedule.panel')}
        <span className={formStyles.required}>（{t('manage.inspections.schedule.required')}）</span>
      </legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
        {value.members.length > 0 && <> {t('manage.inspections.schedule.panelCount', { count: value.members.length })}</>}
      </p>
      {experts.length ? (
        <ul className="panel-picker">
          {experts.map((e) => {
            const seated = value.members.includes(e.email);
            return (
              <li key={e.id} className={seated ? 'is-seated' : undefined}>
                <label className={formStyles.check}>
                  <input
                    type="checkbox"
                    checked={seated}
                    aria-invalid={errors.length > 0 || undefined}
                    onChange={(ev) => toggle(e.email, ev.target.checked)}
                  />
                  <span>{t('manage.inspections.schedule.member', { name: e.name, email: e.email })}</span>
                </label>
                <label className={`${formStyles.check} chair-choice`}>
                  <input
                    type="radio"
                    name={`${id}-chair`}
                    value={e.email}
                    checked={seated && value.chair === e.email}
                    disabled={!seated}
                    aria-label={t('manage.inspections.schedule.chairOf', { name: e.name })}
                    onChange={() => onChange({ ...value, chair: e.email })}
                  />
                  <span aria-hidden="true">{t('manage.inspections.schedule.chair')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="notice tone-warn">{t('manage.inspections.schedule.panelEmpty')}</p>
      )}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
