import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { MilestoneBoard } from '@/components/manage/milestone-board';
import { getTranslator } from '@/lib/i18n/translator';
import { currentActor } from '@/lib/server/actor';
import { projectExistsForStaff } from '@/lib/server/projects';
import { RECORD_KEEPERS } from '@/lib/server/write';

export const metadata: Metadata = { title: getTranslator()('manage.editor.title') };

/**
 * The project editor. The page only names the project; its data comes through react-query from
 * GET /api/v1/projects/{slug}, which authorizes the reader and reads fresh for staff.
 */
export default async function ProjectEditorPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection(); // request time: the build holds no records
  const actor = await currentActor(await headers());
  // The layout renders the sign-in redirect or the refusal instead of this page, in parallel with it.
  if (!actor || !RECORD_KEEPERS.includes(actor.role)) return null;
  const { slug } = await params;
  // A stale or mistyped link is a real 404, not an editor that loads and then says so.
  if (!projectExistsForStaff(slug)) notFound();
  return <MilestoneBoard slug={slug} />;
}
