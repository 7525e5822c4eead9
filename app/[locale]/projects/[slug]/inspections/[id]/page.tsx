import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { opinionHref } from '@/components/opinion/format';
import { OpinionDocument, opinionTitle } from '@/components/opinion/opinion-document';
import { LocalText } from '@/components/ui/local-text';
import { localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { publicUrl } from '@/lib/i18n/public-url';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { BUILD_SAMPLE, unlessBuildSample } from '@/lib/server/build-sample';
import { cachedBureauToday } from '@/lib/server/bureau-day';
import { getOpinion } from '@/lib/server/opinions';

/** Wholly static: rendered on first request, then served until a write invalidates it (lib/server/build-sample.ts). */
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE, id: BUILD_SAMPLE }];
}

interface Props {
  params: Promise<{ locale: string; slug: string; id: string }>;
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params);
  const { slug, id } = await params;
  // Read the id as proxy.ts does, so a page it lets through is never a soft 404; the canonical
  // link names the one address of each opinion.
  const n = Number(id);
  return { locale, o: Number.isSafeInteger(n) && n > 0 ? await unlessBuildSample([slug], () => getOpinion(slug, n)) : null };
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
      <OpinionDocument opinion={o} title={opinionTitle(o, locale)} today={await cachedBureauToday()} />
      <p className="print-only small">{t('opinion.printedFrom', { path: publicUrl(locale, path) })}</p>
    </article>
  );
}
