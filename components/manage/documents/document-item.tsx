'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import type { StaffDocumentDto } from '@/lib/api/dto';
import { isApiProblem } from '@/lib/api/fetcher';
import { t } from '../i18n';
import { deleteDocument, patchDocument } from './document-api';
import styles from './documents.module.css';
import { evidenceWords, sizeText } from './labels';
import { Thumbnail } from './thumbnail';

interface Props {
  doc: StaffDocumentDto;
  /** What the document belongs to, in words ("节点：开工"). */
  attachedTo: string;
  /** Query keys a change makes stale. */
  invalidates: readonly (readonly string[])[];
}

/** One uploaded file: what it is and belongs to, whether the public sees it, and deleting it. */
export function DocumentItem({ doc, attachedTo, invalidates }: Props) {
  const queryClient = useQueryClient();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const refresh = () => {
    for (const queryKey of invalidates) void queryClient.invalidateQueries({ queryKey });
  };
  const visibility = useMutation({
    mutationFn: (makePublic: boolean) => patchDocument(doc.id, { public: makePublic }),
    onSuccess: (after) => setSaid(after.public ? t('manage.documents.madePublic') : t('manage.documents.madePrivate')),
    onSettled: refresh,
  });
  const removal = useMutation({ mutationFn: () => deleteDocument(doc.id), onSettled: refresh });
  const error = visibility.error ?? removal.error;
  const kind = t(`manage.documents.kinds.${doc.kind}`);
  const evidence = evidenceWords(doc);

  return (
    <li className={styles.item} aria-labelledby={titleId}>
      <Thumbnail doc={doc} />
      <div>
        <p className={styles.title}>
          <a id={titleId} href={doc.url}>
            {doc.title.zh}
          </a>
          {doc.public ? (
            <Badge tone="done" symbol="◉" label={t('manage.documents.publicBadge')} />
          ) : (
            <Badge tone="none" symbol="◌" label={t('manage.documents.privateBadge')} />
          )}
        </p>
        <p className={`muted small ${styles.facts}`}>{[kind, evidence, sizeText(doc.sizeBytes), attachedTo].filter(Boolean).join(' · ')}</p>
        <div className={styles.actions}>
          {!confirming ? (
            <>
              <button
                type="button"
                className="button"
                aria-describedby={titleId}
                aria-disabled={visibility.isPending || undefined}
                onClick={() => !visibility.isPending && visibility.mutate(!doc.public)}
              >
                {visibility.isPending
                  ? t('manage.common.saving')
                  : doc.public
                    ? t('manage.documents.makePrivate')
                    : t('manage.documents.makePublic')}
              </button>
              <button type="button" className="button" aria-describedby={titleId} onClick={() => setConfirming(true)}>
                {t('manage.documents.delete')}
              </button>
            </>
          ) : (
            <div className={styles.confirm}>
              <p id={`${titleId}-confirm`} className="small">
                {t('manage.documents.confirmDelete', { title: doc.title.zh })}
              </p>
              <button
                ref={confirmRef}
                aria-describedby={`${titleId}-confirm`}
                type="button"
                className={`button ${styles.danger}`}
                aria-disabled={removal.isPending || undefined}
                onClick={() => !removal.isPending && removal.mutate()}
              >
                {removal.isPending ? t('manage.common.saving') : t('manage.documents.confirm')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('manage.documents.cancel')}
              </button>
            </div>
          )}
        </div>
        <p role="status" className={`${styles.status} ${error ? 'notice tone-bad' : 'saved'}`}>
          {error ? t('manage.documents.saveFailed', { detail: isApiProblem(error) ? error.detail : String(error) }) : said}
        </p>
      </div>
    </li>
  );
}
