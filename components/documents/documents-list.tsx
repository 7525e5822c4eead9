import { LocalText } from '@/components/ui/local-text';
import type { DocumentDto } from '@/lib/api/dto';
import { useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import styles from './documents.module.css';
import { fileFacts } from './file-facts';

/** Reports, approvals and opinions: the title to open, its kind, and what kind of file of what size. */
export function DocumentsList({ documents }: { documents: DocumentDto[] }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  if (!documents.length) return null;
  return (
    <ul className={styles.files}>
      {documents.map((d) => (
        <li key={d.id}>
          <span className={styles.kind}>{t(`documents.kind.${d.kind}`)}</span>
          <a href={d.url}>
            <LocalText text={d.title} />
          </a>
          <span className={`muted small ${styles.facts}`}>{fileFacts(d, t, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
