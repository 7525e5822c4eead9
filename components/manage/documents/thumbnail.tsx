import type { StaffDocumentDto } from '@/lib/api/dto';
import { t } from '../i18n';
import styles from './documents.module.css';

/** A photo's thumbnail (staff read private ones through the same /files route), or a PDF's tile. */
export function Thumbnail({ doc }: { doc: StaffDocumentDto }) {
  if (!doc.image) {
    return (
      <span className={`${styles.thumb} ${styles.fileTile}`} aria-hidden="true">
        {t('manage.documents.pdf')}
      </span>
    );
  }
  return (
    // biome-ignore lint/performance/noImgElement: our WebP variants are rendered once by sharp at upload; next/image would render them again per request
    <img
      className={styles.thumb}
      src={doc.image.thumb.url}
      width={doc.image.thumb.width}
      height={doc.image.thumb.height}
      alt={t('manage.documents.thumbAlt', { title: doc.title.zh })}
      loading="lazy"
    />
  );
}
