import type { ReactNode } from 'react';
import type { DocumentDto } from '@/lib/api/dto';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import styles from './documents.module.css';
import { Photo } from './photo';

/** Side by side from a phone's width up: each photo is about half the column. */
const PAIR_SIZES = '(max-width: 56rem) 50vw, 26rem';

interface Props {
  before: DocumentDto[];
  after: DocumentDto[];
  /** The words over each side: 整改前/整改后, or 修缮前/修缮后 for a building. */
  labels: { before: string; after: string };
  /** What the pair shows (the rectification item's description). */
  heading?: ReactNode;
}

function Side({ photos, label }: { photos: DocumentDto[]; label: string }) {
  const t = getTranslator(useReaderLocale());
  return (
    <div className={styles.side}>
      <p className={styles.sideLabel}>{label}</p>
      <div className={styles.sidePhotos}>
        {photos.length ? (
          photos.map((p) => <Photo key={p.id} doc={p} sizes={PAIR_SIZES} />)
        ) : (
          <p className={`muted small ${styles.noPhoto}`}>{t('documents.noPhoto')}</p>
        )}
      </div>
    </div>
  );
}

/** Before and after, left and right, each side captioned so the pair reads without colour or position alone. */
export function BeforeAfter({ before, after, labels, heading }: Props) {
  return (
    <div className={styles.pair}>
      {heading && <div className={styles.pairHeading}>{heading}</div>}
      <Side photos={before} label={labels.before} />
      <Side photos={after} label={labels.after} />
    </div>
  );
}
