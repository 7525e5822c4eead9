import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentsSection } from '@/components/documents/documents-section';
import { QrCode } from '@/components/sharing/qr-code';
import { MilestoneTimeline } from '@/components/timeline/milestone-timeline';
import { ApprovalsTable } from '@/components/ui/approvals-table';
import { InspectionCard, ScheduledInspection } from '@/components/ui/inspection-card';
import { LocalText } from '@/components/ui/local-text';
import { RuleFindings } from '@/components/ui/rule-findings';
import { SourcesList } from '@/components/ui/sources-list';
import { ProjectStatusBadge } from '@/components/ui/status-badge';
import { localeHref } from '@/lib/i18n/locale';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { getTranslator, pickText } from '@/lib/i18n/translator';
import { BUILD_SAMPLE, unlessBuildSample } from '@/lib/server/build-sample';
import { cachedBureauToday } from '@/lib/server/bureau-day';
import { getProject } from '@/lib/server/projects';

/** Wholly static: rendered on first request, then served until a write invalidates it (lib/server/build-sample.ts). */
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE }];
}

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

async function load(params: Props['params']) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  return { locale, p: await unlessBuildSample([slug], () => getProject(slug)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, p } = await load(params);
  if (!p) return {};
  return pageMetadata({
    locale,
    path: `/projects/${encodeURIComponent(p.slug)}`,
    title: pickText(p.title, locale),
    description: p.description && pickText(p.description, locale),
    type: 'article',
  });
}

export default async function ProjectPage({ params }: Props) {
  const { locale, p } = await load(params);
  if (!p) notFound();
  const t = getTranslator(locale);
  const siteHref = localeHref(locale, `/sites/${encodeURIComponent(p.site.slug)}`);
  const withInspection = p.milestones.filter((m) => m.inspection);
  const decided = withInspection.filter((m) => m.inspection?.decided);
  // The page is cached until a write to this project or the next midnight in Beijing.
  const today = await cachedBureauToday();

  return (
    <article className="record">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link href={siteHref}>
          <LocalText text={p.site.name} />
        </Link>
      </nav>
      <header className="record-header">
        <h1>
          <LocalText text={p.title} />
        </h1>
        <p className="record-status">
          <ProjectStatusBadge status={p.status} />
          <span className="muted">{t(`projectCategory.${p.category ?? 'unknown'}`)}</span>
        </p>
      </header>

      <section aria-labelledby="story-heading" className="panel">
        <h2 id="story-heading">{t('project.story')}</h2>
        {p.description && (
          <p>
            <LocalText text={p.description} />
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('project.site')}</dt>
            <dd>
              <Link href={siteHref}>
                <LocalText text={p.site.name} />
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('project.buildings')}</dt>
            <dd>
              <ul className="inline-list">
                {p.buildings.map((b) => (
                  <li key={b.slug}>
                    <Link href={localeHref(locale, `/sites/${encodeURIComponent(p.site.slug)}/buildings/${encodeURIComponent(b.slug)}`)}>
                      <LocalText text={b.name} />
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>{t('project.participants')}</dt>
            <dd>
              {p.participants.length ? (
                <ul className="plain-list">
                  {p.participants.map((part) => (
                    <li key={`${part.organisation.slug}-${part.role}`}>
                      <span className="muted">{t('project.participantRole', { role: t(`orgRole.${part.role}`) })}</span>
                      <LocalText text={part.organisation.name} />
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{t('project.noParticipants')}</span>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="milestones-heading" className="panel">
        <h2 id="milestones-heading">{t('project.milestones')}</h2>
        <MilestoneTimeline milestones={p.milestones} />
      </section>

      {p.approvals.length > 0 && (
        <section aria-labelledby="approvals-heading" className="panel">
          <h2 id="approvals-heading">{t('project.approvals')}</h2>
          <ApprovalsTable approvals={p.approvals} />
        </section>
      )}

      <section aria-labelledby="verdicts-heading" className="panel">
        <h2 id="verdicts-heading">{t('project.verdicts')}</h2>
        {decided.length === 0 && <p className="muted">{t('project.noVerdicts')}</p>}
        {withInspection.map((m) =>
          !m.inspection ? null : m.inspection.decided ? (
            <InspectionCard key={m.id} projectSlug={p.slug} milestone={m} inspection={m.inspection} today={today} />
          ) : (
            <ScheduledInspection key={m.id} milestone={m} inspection={m.inspection} />
          ),
        )}
      </section>

      <DocumentsSection documents={p.documents} rectificationEvidence={p.rectificationEvidence} />
      <RuleFindings findings={p.findings} />
      <SourcesList sources={p.sources} />
      <QrCode path={`/projects/${encodeURIComponent(p.slug)}`} locale={locale} />
    </article>
  );
}
