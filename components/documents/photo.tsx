import { LocalText } from '@/components/ui/local-text';
import type { DocumentDto } from '@/lib/api/dto';
import { htmlLang, useReaderLocale } from '@/lib/i18n/locale';
import { isFallback, pickText } from '@/lib/i18n/translator';
import styles from './documents.module.css';

interface Props {
  doc: DocumentDto;
  /** The `sizes` of the layout the photo sits in: which variant the browser should fetch. */
  sizes: string;
  /** A caption other than the title (整改前 …); the title stays the image's alt text. */
  caption?: React.ReactNode;
}

/**
 * One photo: the thumbnail with its larger variants in srcset, width and height given so the page
 * does not jump as it loads, the title as its alt text, and a link to the largest variant.
 */
export function Photo({ doc, sizes, caption }: Props) {
  const locale = useReaderLocale();
  const image = doc.image;
  if (!image) return null;
  const largest = image.variants.at(-1) ?? image.thumb;
  return (
    <figure className={styles.photo}>
      <a href={largest.url} className={styles.photoLink}>
        {/* biome-ignore lint/performance/noImgElement: our WebP variants are rendered once by sharp at upload; next/image would render them again per request */}
        <img
          src={image.thumb.url}
          srcSet={image.variants.map((v) => `${v.url} ${v.width}w`).join(', ')}
          sizes={sizes}
          width={image.thumb.width}
          height={image.thumb.height}
          alt={pickText(doc.title, locale)}
          // An English reader's alt text may be the Chinese title (no English yet): say so to the screen reader.
          lang={isFallback(doc.title, locale) ? htmlLang.zh : undefined}
          loading="lazy"
          decoding="async"
        />
      </a>
      <figcaption>{caption ?? <LocalText text={doc.title} />}</figcaption>
    </figure>
  );
}
