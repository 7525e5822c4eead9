'use client';

import type { RectificationItemDetail } from '@/lib/api/review-dto';
import { t } from '../i18n';
import { RectificationItem } from './rectification-item';

interface Props {
  items: RectificationItemDetail[];
  inspectionId: number;
  projectSlug: string;
  actionable: boolean;
  headingId: string;
  /** Why items cannot be worked on here (a draft verdict, a corrected record). */
  frozenNote: string;
}

/** The items a verdict requires, overdue ones first so they are not missed at the bottom of a long list. */
export function RectificationList({ items, inspectionId, projectSlug, actionable, headingId, frozenNote }: Props) {
  const open = items.filter((i) => i.status !== 'closed').length;
  const ordered = [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <section className="rect-section" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('manage.inspections.items.title')}
        {items.length > 0 && <span className="muted small"> · {t('manage.inspections.items.count', { open, total: items.length })}</span>}
      </h4>
      {!actionable && items.length > 0 && <p className="muted small">{frozenNote}</p>}
      {items.length ? (
        <ul className="rect-list">
          {ordered.map((item) => (
            <RectificationItem key={item.id} item={item} inspectionId={inspectionId} projectSlug={projectSlug} actionable={actionable} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('manage.inspections.items.none')}</p>
      )}
    </section>
  );
}
