import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { opinionHref } from '@/components/opinion/format';
import { OpinionDocument, opinionTitle } from '@/components/opinion/opinion-document';
import { bureauToday } from '@/lib/domain/partial-date';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { getOpinion } from '@/lib/server/opinions';

interface Props {
  params: Promise<{ slug: string; id: string }>;
}

async function load(params: Props['params']) {
  await connection(); // request time: the build holds no records, and "overdue" is today's
  const { slug, id } = await params;
  // Read the id as proxy.ts does, so a page it lets through is never a soft 404; the canonical
  // link below names the one address of each opinion.
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? getOpinion(slug, n) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const o = await load(params);
  return o ? { title: opinionTitle(o), alternates: { canonical: opinionHref(o.project.slug, o.inspection.id) } } : {};
}

export default async function OpinionPage({ params }: Props) {
  const o = await load(params);
  if (!o) notFound();
  const t = getTranslator();
  const projectHref = `/projects/${encodeURIComponent(o.project.slug)}`;
  return (
    <article className="opinion-page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb screen-only">
        <Link href={`/sites/${encodeURIComponent(o.project.site.slug)}`}>{pickText(o.project.site.name)}</Link>
        <Link href={projectHref}>{pickText(o.project.title)}</Link>
      </nav>
      <OpinionDocument opinion={o} title={opinionTitle(o)} today={bureauToday()} />
      <p className="print-only small">{t('opinion.printedFrom', { path: opinionHref(o.project.slug, o.inspection.id) })}</p>
    </article>
  );
}
