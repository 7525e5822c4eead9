import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { opinionHref } from '@/components/opinion/format';
import { OpinionDocument, opinionTitle } from '@/components/opinion/opinion-document';
import { LocalText } from '@/components/ui/local-text';
import { bureauToday } from '@/lib/domain/partial-date';
import { localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { publicUrl } from '@/lib/i18n/public-url';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { getOpinion } from '@/lib/server/opinions';

interface Props {
  params: Promise<{ locale: string; slug: string; id: string }>;
}

async function load(params: Props['params']) {
  await connection(); // request time: the build holds no records, and "overdue" is today's
  const locale = await pageLocale(params);
  const { slug, id } = await params;
  // Read the id as proxy.ts does, so a page it lets through is never a soft 404; the canonical
  // link names the one address of each opinion.
  const n = Number(id);
  return { locale, o: Number.isSafeInteger(n) && n > 0 ? await getOpinion(slug, n) : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, o } = await load(params);
  if (!o) return {};
  const t = getTranslator(locale);
  return pageMetadata({
    locale,
    path: opinionHref(o.project.slug, o.inspection.id),
    title: opinionTitle(o, locale),
    description: o.inspection.conclusion
      ? pickText(o.inspection.conclusion, locale)
      : t('opinion.summary', { project: pickText(o.project.title, locale) }),
    type: 'article',
  });
}

export default async function OpinionPage({ params }: Props) {
  const { locale, o } = await load(params);
  if (!o) notFound();
  const t = getTranslator(locale);
  const path = opinionHref(o.project.slug, o.inspection.id);
  return (
    <article className="opinion-page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb screen-only">
        <Link href={localeHref(locale, `/sites/${encodeURIComponent(o.project.site.slug)}`)}>
          <LocalText text={o.project.site.name} />
        </Link>
        <Link href={localeHref(locale, `/projects/${encodeURIComponent(o.project.slug)}`)}>
          <LocalText text={o.project.title} />
        </Link>
      </nav>
      <OpinionDocument opinion={o} title={opinionTitle(o, locale)} today={bureauToday()} />
      <p className="print-only small">{t('opinion.printedFrom', { path: await publicUrl(locale, path) })}</p>
    </article>
  );
}
