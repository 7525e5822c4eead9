'use client';

import { useQuery } from '@tanstack/react-query';
import { options } from '@/lib/api/queries';
import { t } from '../i18n';
import { projectDocumentsQuery } from './document-api';
import styles from './documents.module.css';

/** A rectification item's before/after photos as staff see them (private ones too), each side labelled. */
export function EvidencePhotos({ itemId, projectSlug }: { itemId: number; projectSlug: string }) {
  const documents = useQuery(options(projectDocumentsQuery(projectSlug)));
  const photos = (documents.data?.items ?? []).filter((d) => d.rectificationItemId === itemId && d.evidence && d.image);
  if (!photos.length) return null;
  return (
    <div className={styles.evidence}>
      {(['before', 'after'] as const).map((side) => {
        const mine = photos.filter((p) => p.evidence === side);
        return (
          <section key={side} aria-label={t(side === 'before' ? 'manage.documents.evidenceBefore' : 'manage.documents.evidenceAfter')}>
            <h5>{t(side === 'before' ? 'manage.documents.evidenceBefore' : 'manage.documents.evidenceAfter')}</h5>
            {mine.length ? (
              <ul>
                {mine.map((p) => (
                  <li key={p.id}>
                    <figure>
                      <a href={p.image?.variants.at(-1)?.url ?? p.url}>
                        {/* biome-ignore lint/performance/noImgElement: our WebP variants are rendered once by sharp at upload; next/image would render them again per request */}
                        <img
                          className={styles.thumb}
                          src={p.image?.thumb.url}
                          width={p.image?.thumb.width}
                          height={p.image?.thumb.height}
                          alt={p.title.zh}
                          loading="lazy"
                        />
                      </a>
                      <figcaption>{p.public ? t('manage.documents.publicBadge') : t('manage.documents.privateBadge')}</figcaption>
                    </figure>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">—</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
