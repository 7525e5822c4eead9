'use client';

import Link from 'next/link';
import { BuildingDocuments } from '@/components/manage/documents/building-documents';
import { formatNumber } from '@/lib/i18n/translator';
import { type BuildingFields, BuildingForm } from './building-form';
import { EditableItem } from './editable-item';
import styles from './form.module.css';
import { t } from './options';

/** A site's buildings in plan order: each with its edit form, and a form to add one. */
export function BuildingsEditor({ siteSlug, buildings }: { siteSlug: string; buildings: BuildingFields[] }) {
  return (
    <>
      {buildings.length ? (
        <ol className={styles.items}>
          {buildings.map((b, i) => (
            <EditableItem
              key={b.slug}
              name={b.name.zh}
              summary={
                <>
                  <span className={styles.itemTitle}>
                    {i + 1}. {b.name.zh}
                  </span>
                  {b.floorAreaM2 !== null && (
                    <span className="muted small"> · {t('forms.building.area', { area: formatNumber(b.floorAreaM2) })}</span>
                  )}
                  <span className="small">
                    {' · '}
                    <Link href={`/sites/${siteSlug}/buildings/${b.slug}`}>{t('forms.nav.publicPage')}</Link>
                  </span>
                </>
              }
            >
              {(close) => (
                <>
                  <BuildingForm siteSlug={siteSlug} building={b} onDone={close} />
                  <BuildingDocuments siteSlug={siteSlug} buildingSlug={b.slug} />
                </>
              )}
            </EditableItem>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('forms.building.empty')}</p>
      )}
      <div className={styles.create}>
        <BuildingForm siteSlug={siteSlug} />
      </div>
    </>
  );
}
