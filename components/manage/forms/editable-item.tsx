'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';
import styles from './form.module.css';
import { t } from './options';

interface EditableItemProps {
  /** The record's name, for the button ("编辑：厂部办公大楼"). */
  name: string;
  summary: ReactNode;
  /** Whether this user may edit; without it the item is only listed. */
  editable?: boolean;
  children: (close: () => void) => ReactNode;
}

/** A listed record with an edit form that opens beneath it; closing returns focus to its button. */
export function EditableItem({ name, summary, editable = true, children }: EditableItemProps) {
  const [open, setOpen] = useState(false);
  const wasOpen = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLDivElement>(null);

  // Opening puts the cursor in the form's first field; closing puts it back on the button.
  useEffect(() => {
    if (open) editor.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <li className={styles.item}>
      <div className={styles.itemHead}>
        <div className={styles.itemText}>{summary}</div>
        {editable && !open && (
          <button ref={button} type="button" className="button" aria-label={t('forms.editing', { name })} onClick={() => setOpen(true)}>
            {t('forms.edit')}
          </button>
        )}
      </div>
      {open && (
        <div ref={editor} className={styles.editor}>
          {children(() => setOpen(false))}
        </div>
      )}
    </li>
  );
}
