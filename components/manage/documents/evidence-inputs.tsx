'use client';

import { useId } from 'react';
import { CheckboxField } from '@/components/manage/forms/checkbox-field';
import { describedBy, FieldShell } from '@/components/manage/forms/field';
import formStyles from '@/components/manage/forms/form.module.css';
import { t } from '../i18n';
import { IMAGE_TYPES } from './document-api';
import styles from './documents.module.css';
import type { EvidenceUploads } from './use-evidence-uploads';

/** The optional before/after photos of a rectification submission. */
export function EvidenceInputs({ uploads, attempted }: { uploads: EvidenceUploads; attempted: boolean }) {
  const id = useId();
  const hint = t('manage.documents.evidence.hint');
  const errors = attempted ? uploads.problems : [];
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>{t('manage.documents.evidence.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className={styles.photoInputs}>
        {(['before', 'after'] as const).map((side) => {
          const inputId = `${id}-${side}`;
          const chosen = uploads.files[side];
          return (
            <FieldShell key={side} id={inputId} label={t(`manage.documents.evidence.${side}`)} errors={[]}>
              <input
                ref={uploads.inputs[side]}
                id={inputId}
                className="input"
                type="file"
                multiple
                accept={IMAGE_TYPES.join(',')}
                aria-describedby={describedBy(`${id}`, hint, errors)}
                onChange={(e) => uploads.choose(side, e.target.files)}
              />
              {chosen.length > 0 && <p className="small muted">{chosen.map((f) => f.name).join('、')}</p>}
            </FieldShell>
          );
        })}
      </div>
      {errors.length > 0 && (
        <ul id={`${id}-error`} className="field-error">
          {errors.map((e) => (
            <li key={e}>
              <span aria-hidden="true">✕ </span>
              {e}
            </li>
          ))}
        </ul>
      )}
      <CheckboxField
        id={`${id}-public`}
        label={t('manage.documents.evidence.public')}
        checked={uploads.makePublic}
        errors={[]}
        onChange={uploads.setMakePublic}
      />
      {uploads.progress && (
        <p role="status" className="small">
          {t('manage.documents.evidence.uploading', { done: uploads.progress.done + 1, total: uploads.progress.total })}
        </p>
      )}
      {uploads.failure && (
        <p className="notice tone-bad" role="alert">
          <span aria-hidden="true">✗ </span>
          {uploads.failure}
        </p>
      )}
    </fieldset>
  );
}
