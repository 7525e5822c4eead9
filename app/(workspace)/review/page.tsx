import type { Metadata } from 'next';
import { ReviewList } from '@/components/review/review-list';
import { getTranslator } from '@/lib/i18n/translator';

const t = getTranslator();

export const metadata: Metadata = { title: t('review.list.title') };

/** The expert's inspections; the list comes through react-query from GET /api/v1/review/inspections. */
export default function ReviewHome() {
  return (
    <>
      <header className="record-header">
        <h1>{t('review.list.title')}</h1>
        <p className="lead">{t('review.list.lead')}</p>
      </header>
      <ReviewList />
    </>
  );
}
