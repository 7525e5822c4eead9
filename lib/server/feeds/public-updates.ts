import 'server-only';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { inspections, milestones, organisations, projects, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import { formatPartialDate, toIsoRange } from '@/lib/domain/partial-date';
import { getTranslator } from '@/lib/i18n/translator';
import { isCurrentDecided } from '../inspection-records';

/** A public event on a published project, as the Atom feed lists it; paths, not URLs. */
export interface PublicUpdate {
  /** Stable per event: `milestone-12` for a milestone reached, `inspection-5` for a signed verdict. */
  key: string;
  title: string;
  summary: string;
  /** ISO 8601: when it happened (a partial date counts from its first day, bureau time). */
  updated: string;
  path: string;
}

export const FEED_SIZE = 50;

/** A partial date as an instant: its first day at midnight in the bureau's zone (China has one). */
const partialDateInstant = (d: string) => new Date(`${toIsoRange(d).start}T00:00:00+08:00`).toISOString();

/**
 * The latest milestones reached and verdicts signed on published projects, newest first. A
 * milestone decided by a signed verdict is told once, as the verdict; a historical verdict
 * (imported, never signed here) is told with its milestone. Cached for every reader.
 */
export async function getPublicUpdates(): Promise<PublicUpdate[]> {
  'use cache';
  cacheLife('hours');
  cacheTag(cacheTags.projects, cacheTags.sites);
  const db = getDb();
  const t = getTranslator();

  const reached = db
    .select({ milestone: milestones, inspection: inspections, project: projects, site: sites })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .leftJoin(inspections, and(eq(inspections.milestoneId, milestones.id), isCurrentDecided))
    .where(and(eq(projects.published, true), isNotNull(milestones.actual)))
    .orderBy(desc(milestones.actual), desc(milestones.id))
    .limit(FEED_SIZE)
    .all()
    .filter((r) => !r.inspection || r.inspection.historical);

  const signed = db
    .select({ inspection: inspections, milestone: milestones, project: projects, site: sites, organiser: organisations })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .innerJoin(sites, eq(sites.id, projects.siteId))
    .leftJoin(organisations, eq(organisations.id, inspections.organiserId))
    .where(and(eq(projects.published, true), isNotNull(inspections.lockedAt), eq(inspections.historical, false)))
    .orderBy(desc(inspections.lockedAt), desc(inspections.id))
    .limit(FEED_SIZE)
    .all();

  const milestoneUpdates = reached.map(({ milestone: m, inspection: i, project: p, site: s }): PublicUpdate => {
    const kind = t(`milestone.${m.kind}`);
    const verdict = i?.verdict ? t(`verdict.${i.verdict}`) : null;
    const date = formatPartialDate(m.actual as string, 'zh');
    return {
      key: `milestone-${m.id}`,
      title: verdict
        ? t('sharing.feed.verdictTitle', { project: p.titleZh, kind, verdict })
        : t('sharing.feed.milestoneTitle', { project: p.titleZh, kind }),
      summary: [
        verdict
          ? t('sharing.feed.verdictSummary', { site: s.nameZh, date, kind, verdict })
          : t('sharing.feed.milestoneSummary', { site: s.nameZh, date, kind }),
        i?.conclusionZh,
      ]
        .filter(Boolean)
        .join(''),
      updated: partialDateInstant(m.actual as string),
      path: i ? `/projects/${p.slug}/inspections/${i.id}` : `/projects/${p.slug}`,
    };
  });

  const verdictUpdates = signed.map(({ inspection: i, milestone: m, project: p, site: s, organiser: o }): PublicUpdate => {
    const kind = t(`milestone.${m.kind}`);
    const verdict = i.verdict ? t(`verdict.${i.verdict}`) : t('verdict.none');
    const date = i.date ? formatPartialDate(i.date, 'zh') : '';
    const values = { project: p.titleZh, kind, verdict, site: s.nameZh, date, organiser: o?.nameZh ?? t('sharing.feed.unknownOrganiser') };
    return {
      key: `inspection-${i.id}`,
      title: t(i.amendsId === null ? 'sharing.feed.verdictTitle' : 'sharing.feed.correctionTitle', values),
      summary: [t('sharing.feed.signedSummary', values), i.conclusionZh].filter(Boolean).join(''),
      updated: (i.signedAt ?? i.lockedAt ?? i.updatedAt).toISOString(),
      path: `/projects/${p.slug}/inspections/${i.id}`,
    };
  });

  return [...milestoneUpdates, ...verdictUpdates]
    .sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || b.key.localeCompare(a.key))
    .slice(0, FEED_SIZE);
}
