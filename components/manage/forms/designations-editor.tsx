'use client';

import type { DesignationDto } from '@/lib/api/dto';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { DesignationForm } from './designation-form';
import { EditableItem } from './editable-item';
import styles from './form.module.css';
import { type OrganisationOption, t } from './options';

function summaryOf(d: DesignationDto): string {
  return [
    d.date ? formatPartialDate(d.date, 'zh') : t('common.undated'),
    `${t(`level.${d.level}`)}${d.batch !== null ? `（${t('forms.designation.batchLabel', { batch: d.batch })}）` : ''}`,
    d.issuer?.name.zh,
    d.documentNumber,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A site's designation history: each listing with its edit form, and a form to add one. */
export function DesignationsEditor(props: { siteSlug: string; designations: DesignationDto[]; organisations: OrganisationOption[] }) {
  const { siteSlug, designations, organisations } = props;
  return (
    <>
      {designations.length ? (
        <ul className={styles.items}>
          {designations.map((d) => (
            <EditableItem key={d.id} name={summaryOf(d)} summary={summaryOf(d)}>
              {(close) => <DesignationForm siteSlug={siteSlug} organisations={organisations} designation={d} onDone={close} />}
            </EditableItem>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('forms.designation.empty')}</p>
      )}
      <div className={styles.create}>
        <DesignationForm siteSlug={siteSlug} organisations={organisations} />
      </div>
    </>
  );
}
