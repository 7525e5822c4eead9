import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InspectionReview } from '@/components/review/inspection-review';
import { getTranslator } from '@/lib/i18n/translator';

export const metadata: Metadata = { title: getTranslator()('review.inspection.title') };

/**
 * One inspection's review. The page only names it; its data comes through react-query from
 * GET /api/v1/inspections/{id}, which lets in its panel and staff only.
 */
export default async function InspectionReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) notFound();
  return <InspectionReview id={Number(id)} />;
}
