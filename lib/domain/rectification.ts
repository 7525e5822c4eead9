/** Rectification items after a verdict: what makes one late. */
import type { RectificationStatus } from './codes';
import { type PartialDate, toIsoRange } from './partial-date';

/** Past its due date (the whole span of a month or a year) and not verified closed. */
export function isOverdue(item: { due: PartialDate | null; status: RectificationStatus }, today: PartialDate): boolean {
  return item.status !== 'closed' && item.due !== null && toIsoRange(item.due).end < today;
}
