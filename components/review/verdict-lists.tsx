'use client';

import { DateField } from '@/components/manage/forms/date-field';
import { FieldErrors, TextField } from '@/components/manage/forms/field';
import styles from '@/components/manage/forms/form.module.css';
import { SelectField } from '@/components/manage/forms/select-field';
import { t } from './i18n';
import { criterionOptions, type Option } from './labels';

export interface FindingValue {
  criterion: string;
  text: string;
}

export interface ItemValue {
  description: string;
  responsible: string;
  due: string;
  /** Where a saved item stands (待整改 …); absent for a new row. */
  status?: string;
}

interface ListProps<V> {
  id: string;
  rows: V[];
  errorsFor: (path: string, nested?: boolean) => string[];
  idFor: (path: string) => string;
  /** New rows; `path` names what changed, so its messages show. */
  onChange: (rows: V[], path: string) => void;
  onBlur: (path: string) => void;
}

function update<V>(rows: V[], i: number, key: keyof V, value: string): V[] {
  return rows.map((r, j) => (j === i ? { ...r, [key]: value } : r));
}

/** Findings, each under the criterion it concerns; added and removed one by one. */
export function FindingsField({ id, rows, errorsFor, idFor, onChange, onBlur }: ListProps<FindingValue>) {
  const path = (i: number, key: keyof FindingValue) => `findings.${i}.${key}`;
  return (
    <fieldset id={id} className={styles.fieldset}>
      <legend className={styles.legend}>{t('review.verdict.findings')}</legend>
      <p className="field-hint">{t('review.verdict.findingsHint')}</p>
      {rows.length === 0 && <p className="muted small">{t('review.verdict.findingsEmpty')}</p>}
      <ol className={styles.rows}>
        {rows.map((row, i) => (
          // Rows have no identity of their own until saved; the position is what the errors name.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} className="rv-list-row rv-finding-row" aria-label={t('review.verdict.finding', { n: i + 1 })}>
            <SelectField
              id={idFor(path(i, 'criterion'))}
              label={t('review.verdict.findingCriterion')}
              required
              placeholder={t('review.verdict.choose')}
              options={criterionOptions}
              value={row.criterion}
              errors={errorsFor(path(i, 'criterion'))}
              onChange={(v) => onChange(update(rows, i, 'criterion', v), path(i, 'criterion'))}
              onBlur={() => onBlur(path(i, 'criterion'))}
            />
            <TextField
              id={idFor(path(i, 'text'))}
              label={t('review.verdict.findingText')}
              required
              multiline
              value={row.text}
              errors={errorsFor(path(i, 'text'))}
              onChange={(v) => onChange(update(rows, i, 'text', v), path(i, 'text'))}
              onBlur={() => onBlur(path(i, 'text'))}
            />
            <button
              type="button"
              className="button"
              aria-label={t('review.verdict.removeFinding', { n: i + 1 })}
              onClick={() =>
                onChange(
                  rows.filter((_, j) => j !== i),
                  'findings',
                )
              }
            >
              {t('review.common.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...rows, { criterion: '', text: '' }], 'findings')}>
        {t('review.verdict.addFinding')}
      </button>
    </fieldset>
  );
}

/** Rectification requirements: what, by whom, by when. */
export function ItemsField({
  id,
  rows,
  organisations,
  errorsFor,
  idFor,
  onChange,
  onBlur,
}: ListProps<ItemValue> & { organisations: Option[] }) {
  const path = (i: number, key: keyof ItemValue) => `rectificationItems.${i}.${key}`;
  const errors = errorsFor('rectificationItems');
  return (
    <fieldset
      id={id}
      className={`${styles.fieldset}${errors.length ? ` ${styles.fieldsetInvalid}` : ''}`}
      aria-describedby={[`${id}-hint`, errors.length ? `${id}-error` : ''].join(' ').trim()}
    >
      <legend className={styles.legend}>{t('review.verdict.items')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('review.verdict.itemsHint')}
      </p>
      <FieldErrors id={id} errors={errors} />
      {rows.length === 0 && <p className="muted small">{t('review.verdict.itemsEmpty')}</p>}
      <ol className={styles.rows}>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are named by their position, as their errors are
          <li key={i} className="rv-list-row rv-item-row" aria-label={t('review.verdict.item', { n: i + 1 })}>
            <div className="rv-item-description">
              <TextField
                id={idFor(path(i, 'description'))}
                label={t('review.verdict.itemDescription')}
                required
                multiline
                value={row.description}
                errors={errorsFor(path(i, 'description'))}
                onChange={(v) => onChange(update(rows, i, 'description', v), path(i, 'description'))}
                onBlur={() => onBlur(path(i, 'description'))}
              />
              {row.status && (
                <p className="muted small">
                  {t('review.verdict.itemStatus', { status: t(`rectificationStatus.${row.status as 'open'}`) })}
                </p>
              )}
            </div>
            <SelectField
              id={idFor(path(i, 'responsible'))}
              label={t('review.verdict.itemResponsible')}
              placeholder={t('review.verdict.organisationNone')}
              options={organisations}
              value={row.responsible}
              errors={errorsFor(path(i, 'responsible'))}
              onChange={(v) => onChange(update(rows, i, 'responsible', v), path(i, 'responsible'))}
              onBlur={() => onBlur(path(i, 'responsible'))}
            />
            <DateField
              id={idFor(path(i, 'due'))}
              label={t('review.verdict.itemDue')}
              required
              value={row.due}
              errors={errorsFor(path(i, 'due'))}
              onChange={(v) => onChange(update(rows, i, 'due', v), path(i, 'due'))}
              onBlur={() => onBlur(path(i, 'due'))}
            />
            <button
              type="button"
              className="button"
              aria-label={t('review.verdict.removeItem', { n: i + 1 })}
              onClick={() =>
                onChange(
                  rows.filter((_, j) => j !== i),
                  'rectificationItems',
                )
              }
            >
              {t('review.common.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { description: '', responsible: '', due: '' }], 'rectificationItems')}
      >
        {t('review.verdict.addItem')}
      </button>
    </fieldset>
  );
}
