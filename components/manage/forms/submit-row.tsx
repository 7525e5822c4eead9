import styles from './form.module.css';
import { t } from './options';

interface SubmitRowProps {
  label: string;
  pending: boolean;
  /** Said once the save went through (role=status, so it is announced). */
  savedMessage?: string | null;
  onCancel?: () => void;
}

export function SubmitRow({ label, pending, savedMessage, onCancel }: SubmitRowProps) {
  return (
    <div className={styles.actions}>
      <button type="submit" className="button button-primary" aria-disabled={pending}>
        {pending ? t('forms.saving') : label}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      )}
      <p role="status" className="saved">
        {savedMessage && (
          <>
            <span aria-hidden="true">✓ </span>
            {savedMessage}
          </>
        )}
      </p>
    </div>
  );
}
