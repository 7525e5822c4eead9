import type { DocumentDto } from '@/lib/api/dto';
import styles from './documents.module.css';
import { Photo } from './photo';

/** Two columns on a phone, up to four on a desktop: the browser picks the variant for that width. */
const GALLERY_SIZES = '(max-width: 40rem) 50vw, 15rem';

export function PhotoGallery({ photos }: { photos: DocumentDto[] }) {
  if (!photos.length) return null;
  return (
    <ul className={styles.gallery}>
      {photos.map((p) => (
        <li key={p.id}>
          <Photo doc={p} sizes={GALLERY_SIZES} />
        </li>
      ))}
    </ul>
  );
}
