'use client';

import { EditableItem } from './editable-item';
import styles from './form.module.css';
import { t } from './options';
import { OrganisationForm, type OrganisationRow } from './organisation-form';

function summaryOf(o: OrganisationRow): string {
  return [t(`forms.organisation.kinds.${o.kind}`), o.adminLevel ? t(`adminLevel.${o.adminLevel}`) : null, o.slug]
    .filter(Boolean)
    .join(' · ');
}

/** Every organisation; admins edit each in place and register new ones, others read the list. */
export function OrganisationsEditor({ organisations, canEdit }: { organisations: OrganisationRow[]; canEdit: boolean }) {
  return (
    <>
      {organisations.length ? (
        <ul className={styles.items}>
          {organisations.map((o) => (
            <EditableItem
              key={o.slug}
              name={o.name.zh}
              editable={canEdit}
              summary={
                <>
                  <span className={styles.itemTitle}>{o.name.zh}</span>
                  {o.name.en && <span className="muted small"> {o.name.en}</span>}
                  <br />
                  <span className="muted small">{summaryOf(o)}</span>
                </>
              }
            >
              {(close) => <OrganisationForm organisation={o} onDone={close} />}
            </EditableItem>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('forms.organisation.empty')}</p>
      )}
    </>
  );
}
