import { LocalText } from '@/components/ui/local-text';
import type { DocumentDto, EvidencePairDto } from '@/lib/api/dto';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { BeforeAfter } from './before-after';
import styles from './documents.module.css';
import { DocumentsList } from './documents-list';
import { splitDocuments } from './file-facts';
import { PhotoGallery } from './photo-gallery';

interface Props {
  documents: DocumentDto[];
  /** A project's rectification items with their before/after photos. */
  rectificationEvidence?: EvidencePairDto[];
}

/**
 * A record's public documents and photos: the photo gallery, the list of documents, and the
 * before/after pairs — of each rectification item on a project, of the restoration on a building.
 * Nothing at all when there is nothing public.
 */
export function DocumentsSection({ documents, rectificationEvidence = [] }: Props) {
  const t = getTranslator(useReaderLocale());
  const { photos, files, evidence } = splitDocuments(documents);
  // A building's before/after photos belong to no rectification item: its restoration as a whole.
  const restoration = evidence.filter((d) => d.rectificationItemId === null);
  if (!photos.length && !files.length && !restoration.length && !rectificationEvidence.length) return null;

  return (
    <section aria-labelledby="documents-heading" className={`panel ${styles.section}`}>
      <h2 id="documents-heading">{t('documents.title')}</h2>
      {photos.length > 0 && (
        <>
          <h3>{t('documents.photos')}</h3>
          <PhotoGallery photos={photos} />
        </>
      )}
      {restoration.length > 0 && (
        <>
          <h3>{t('documents.restoration')}</h3>
          <BeforeAfter
            before={restoration.filter((d) => d.evidence === 'before')}
            after={restoration.filter((d) => d.evidence === 'after')}
            labels={{ before: t('documents.restorationBefore'), after: t('documents.restorationAfter') }}
          />
        </>
      )}
      {rectificationEvidence.length > 0 && (
        <>
          <h3>{t('documents.evidence')}</h3>
          <ul className={styles.pairs}>
            {rectificationEvidence.map((pair) => (
              <li key={pair.item.id}>
                <BeforeAfter
                  before={pair.before}
                  after={pair.after}
                  labels={{ before: t('documents.before'), after: t('documents.after') }}
                  heading={
                    <p>
                      <span className="muted">{t('documents.item')}</span>
                      <LocalText text={pair.item.description} />
                    </p>
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {files.length > 0 && (
        <>
          <h3>{t('documents.files')}</h3>
          <DocumentsList documents={files} />
        </>
      )}
    </section>
  );
}
