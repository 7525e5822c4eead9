import type { Metadata } from 'next';
import { MilestoneBoard } from '@/components/manage/milestone-board';
import { getTranslator } from '@/lib/i18n/translator';

export const metadata: Metadata = { title: getTranslator()('manage.editor.title') };

/**
 * The project editor. The page only names the project; its data comes through react-query from
 * GET /api/v1/projects/{slug}, which authorizes the reader and reads fresh for staff.
 */
export default async function ProjectEditorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <MilestoneBoard slug={slug} />;
}
