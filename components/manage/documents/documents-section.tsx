'use client';

import { useQuery } from '@tanstack/react-query';
import type { ProjectDetail } from '@/lib/api/dto';
import { options, projectInspectionsQuery } from '@/lib/api/queries';
import { t } from '../i18n';
import { LoadError, Loading } from '../query-state';
import { documentWriteKeys, projectDocumentsQuery } from './document-api';
import { DocumentItem } from './document-item';
import styles from './documents.module.css';
import { attachedTo, inspectionLabel, milestoneLabel } from './labels';
import { UploadForm } from './upload-form';

/** 档案文件 in the project editor: the upload form and every document of the project, private ones too. */
export function DocumentsSection({ project }: { project: ProjectDetail }) {
  const documents = useQuery(options(projectDocumentsQuery(project.slug)));
  // Rectification items name the evidence photos attached to them; the inspections section loads the same query.
  const inspections = useQuery(options(projectInspectionsQuery(project.slug)));
  const items = inspections.data?.items.flatMap((i) => i.verdict?.rectificationItems ?? []) ?? [];

  let list: React.ReactNode;
  if (documents.isPending) list = <Loading />;
  else if (documents.isError) list = <LoadError error={documents.error} onRetry={() => documents.refetch()} />;
  else if (!documents.data.items.length) list = <p className="muted">{t('manage.documents.none')}</p>;
  else
    list = (
      <ul className={styles.list}>
        {documents.data.items.map((doc) => (
          <DocumentItem
            key={doc.id}
            doc={doc}
            attachedTo={attachedTo(doc, project.milestones, items)}
            invalidates={documentWriteKeys(project.slug)}
          />
        ))}
      </ul>
    );

  return (
    <section className="panel" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('manage.documents.title')}</h2>
      <p className="muted small">{t('manage.documents.lead')}</p>
      <UploadForm
        owner={{ field: 'project', value: project.slug, label: t('manage.documents.targetProject') }}
        targets={project.milestones.flatMap((m) => [
          { value: `milestone:${m.id}`, label: t('manage.documents.targetMilestone', { name: milestoneLabel(m) }) },
          ...(m.inspection
            ? [{ value: `inspection:${m.inspection.id}`, label: t('manage.documents.targetInspection', { name: inspectionLabel(m) }) }]
            : []),
        ])}
        invalidates={documentWriteKeys(project.slug)}
      />
      <h3 className={styles.listHeading}>{t('manage.documents.list')}</h3>
      {list}
    </section>
  );
}
