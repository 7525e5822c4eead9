'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { options } from '@/lib/api/queries';
import { t } from '../i18n';
import { LoadError, Loading } from '../query-state';
import { buildingDocumentsQuery } from './document-api';
import { DocumentItem } from './document-item';
import styles from './documents.module.css';
import { UploadForm } from './upload-form';

/** A building's own photos and documents in the site editor: before/after its restoration among them. */
export function BuildingDocuments({ siteSlug, buildingSlug }: { siteSlug: string; buildingSlug: string }) {
  const headingId = useId();
  const query = buildingDocumentsQuery(siteSlug, buildingSlug);
  const documents = useQuery(options(query));
  const invalidates = [query.key];

  let list: React.ReactNode;
  if (documents.isPending) list = <Loading />;
  else if (documents.isError) list = <LoadError error={documents.error} onRetry={() => documents.refetch()} />;
  else if (!documents.data.items.length) list = <p className="muted">{t('manage.documents.none')}</p>;
  else
    list = (
      <ul className={styles.list}>
        {documents.data.items.map((doc) => (
          <DocumentItem key={doc.id} doc={doc} attachedTo={t('manage.documents.attachedBuilding')} invalidates={invalidates} />
        ))}
      </ul>
    );

  return (
    <section aria-labelledby={headingId} className={styles.building}>
      <h3 id={headingId}>{t('manage.documents.buildingTitle')}</h3>
      <p className="muted small">{t('manage.documents.buildingLead')}</p>
      <UploadForm
        owner={{ field: 'building', value: `${siteSlug}/${buildingSlug}`, label: t('manage.documents.buildingOwner') }}
        evidence
        invalidates={invalidates}
      />
      <h4 className={styles.listHeading}>{t('manage.documents.list')}</h4>
      {list}
    </section>
  );
}
