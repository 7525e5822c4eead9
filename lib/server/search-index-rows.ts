import 'server-only';
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/audit';
import type { Db } from '@/db/open';
import {
  buildings,
  documents,
  inspections,
  milestones,
  projectBuildings,
  projects,
  rectificationItems,
  type searchDocuments,
  sites,
} from '@/db/schema';
import type { MilestoneDto } from '@/lib/api/dto';
import type { AcceptanceCriterion, Verdict } from '@/lib/domain/codes';
import { formatPartialDate } from '@/lib/domain/partial-date';
import { messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/translator';
import { siteLevels } from './designations';
import { loadMilestones, projectStatusOf } from './milestone-records';
import { groupBy } from './records';
import { cleanText } from './search-text';

/**
 * The rows of the search index, built from the public read models (a site's level from its
 * designations, a project's status from its milestones, the current decided verdicts), so that
 * search shows and filters exactly what the public pages show. Each builder takes record ids,
 * or null for all: the same code serves one write's re-index and a whole rebuild.
 */
export type SearchRow = typeof searchDocuments.$inferInsert;

/** The read models take the database type; inside a write they read through its transaction (the same connection). */
const reader = (tx: Tx) => tx as Db;

const joined = (...parts: (string | null | undefined)[]) =>
  cleanText(
    parts
      .map((p) => p?.trim())
      .filter(Boolean)
      .join('\n'),
  );

const withIds = <T>(
  ids: number[] | null,
  column: Parameters<typeof inArray>[0],
  run: (where: ReturnType<typeof inArray> | undefined) => T[],
) => (ids === null ? run(undefined) : ids.length ? run(inArray(column, ids)) : []);

function levelsOf(tx: Tx, siteIds: number[]) {
  const levels = siteLevels(reader(tx), [...new Set(siteIds)]);
  return (siteId: number) => levels.get(siteId)?.level ?? null;
}

export function siteRows(tx: Tx, ids: number[] | null): SearchRow[] {
  const rows = withIds(ids, sites.id, (where) => tx.select().from(sites).where(where).orderBy(asc(sites.id)).all());
  const level = levelsOf(
    tx,
    rows.map((s) => s.id),
  );
  return rows.map((s) => ({
    type: 'site',
    recordId: s.id,
    slug: s.slug,
    path: `/sites/${encodeURIComponent(s.slug)}`,
    siteId: s.id,
    level: level(s.id),
    titleZh: cleanText(s.nameZh),
    titleEn: s.nameEn && cleanText(s.nameEn),
    contextZh: null,
    contextEn: null,
    // Aliases (二砂) are how people name a site: they are searched in both languages.
    aliases: s.aliases.join(' '),
    bodyZh: joined(s.aliases.join('、'), s.district, s.addressZh, s.descriptionZh),
    bodyEn: joined(s.aliases.join(', '), s.addressEn, s.descriptionEn),
  }));
}

export function buildingRows(tx: Tx, ids: number[] | null): SearchRow[] {
  const rows = withIds(ids, buildings.id, (where) =>
    tx
      .select({ building: buildings, siteSlug: sites.slug, siteZh: sites.nameZh, siteEn: sites.nameEn })
      .from(buildings)
      .innerJoin(sites, eq(sites.id, buildings.siteId))
      .where(where)
      .orderBy(asc(buildings.id))
      .all(),
  );
  const level = levelsOf(
    tx,
    rows.map((r) => r.building.siteId),
  );
  return rows.map(({ building: b, siteSlug, siteZh, siteEn }) => ({
    type: 'building',
    recordId: b.id,
    slug: b.slug,
    path: `/sites/${encodeURIComponent(siteSlug)}/buildings/${encodeURIComponent(b.slug)}`,
    siteId: b.siteId,
    buildingId: b.id,
    level: level(b.siteId),
    titleZh: cleanText(b.nameZh),
    titleEn: b.nameEn && cleanText(b.nameEn),
    aliases: b.aliases.join(' '),
    bodyZh: joined(b.aliases.join('、'), b.originalUseZh, b.descriptionZh),
    bodyEn: joined(b.aliases.join(', '), b.originalUseEn, b.descriptionEn),
    contextZh: siteZh,
    contextEn: siteEn,
  }));
}

/**
 * Labels of codes in both languages, written into the index so that 终期验收 or "final acceptance"
 * finds a verdict. Read from the message files themselves rather than through next-intl's translator
 * (they are plain words): the index is also built outside Next, by scripts that load records in bulk.
 */
export function labels(locale: Locale) {
  const m = messages[locale];
  return {
    milestone: (ms: Pick<MilestoneDto, 'kind'>) => m.milestone[ms.kind],
    verdict: (v: Verdict) => m.verdict[v],
    criterion: (c: AcceptanceCriterion) => m.criterion[c],
    /** 方案批复（2019年5月7日）, plan approved (7 May 2019). */
    dated: (label: string, d: string | null) =>
      d ? (locale === 'zh' ? `${label}（${formatPartialDate(d, locale)}）` : `${label} (${formatPartialDate(d, locale)})`) : label,
  };
}

/** Everything public of these projects (published ones only): the project, its milestone notes, its decided verdicts. */
export function projectRows(tx: Tx, ids: number[] | null): SearchRow[] {
  const rows = withIds(ids, projects.id, (where) =>
    tx
      .select({ project: projects, siteZh: sites.nameZh, siteEn: sites.nameEn })
      .from(projects)
      .innerJoin(sites, eq(sites.id, projects.siteId))
      .where(and(eq(projects.published, true), where))
      .orderBy(asc(projects.id))
      .all(),
  );
  if (!rows.length) return [];
  const projectIds = rows.map((r) => r.project.id);
  const milestonesOf = loadMilestones(tx, projectIds);
  const level = levelsOf(
    tx,
    rows.map((r) => r.project.siteId),
  );
  const covered = groupBy(
    tx
      .select({ projectId: projectBuildings.projectId, nameZh: buildings.nameZh, nameEn: buildings.nameEn })
      .from(projectBuildings)
      .innerJoin(buildings, eq(buildings.id, projectBuildings.buildingId))
      .where(ids === null ? undefined : inArray(projectBuildings.projectId, projectIds))
      .orderBy(asc(buildings.position))
      .all(),
    (c) => c.projectId,
  );
  const zh = labels('zh');
  const en = labels('en');

  return rows.flatMap(({ project: p, siteZh, siteEn }) => {
    const ms = milestonesOf.get(p.id) ?? [];
    const shared = {
      slug: p.slug,
      siteId: p.siteId,
      projectId: p.id,
      level: level(p.siteId),
      status: projectStatusOf(ms),
      category: p.category,
    };
    const path = `/projects/${encodeURIComponent(p.slug)}`;
    const titleZh = cleanText(p.titleZh);
    const titleEn = p.titleEn && cleanText(p.titleEn);
    // A milestone's or a verdict's own words are searched; the project's name is shown with them, not
    // searched, or every part of a project would match whatever its name matches.
    const partOf = { contextZh: titleZh, contextEn: titleEn };
    const mine = covered.get(p.id) ?? [];
    const out: SearchRow[] = [
      {
        ...shared,
        type: 'project',
        recordId: p.id,
        path,
        titleZh,
        titleEn,
        // The buildings it restores: searching a building's name finds its projects too.
        bodyZh: joined(p.descriptionZh, mine.map((b) => b.nameZh).join('、')),
        bodyEn: joined(p.descriptionEn, mine.map((b) => b.nameEn ?? b.nameZh).join(', ')),
        contextZh: siteZh,
        contextEn: siteEn,
      },
    ];
    for (const m of ms) {
      if (m.note) {
        out.push({
          ...shared,
          ...partOf,
          type: 'milestone',
          recordId: m.id,
          path: `${path}#milestones-heading`,
          titleZh: zh.dated(zh.milestone(m), m.actual ?? m.planned),
          titleEn: en.dated(en.milestone(m), m.actual ?? m.planned),
          bodyZh: joined(m.note.zh),
          bodyEn: joined(m.note.en),
        });
      }
      const i = m.inspection;
      // A verdict is public once decided (signed, or imported from a published record); the read model says which one stands.
      if (i?.decided && i.verdict) {
        out.push({
          ...shared,
          ...partOf,
          type: 'finding',
          recordId: i.id,
          path: `${path}/inspections/${i.id}`,
          titleZh: zh.dated(`${zh.milestone(m)}：${zh.verdict(i.verdict)}`, i.date),
          titleEn: en.dated(`${en.milestone(m)}: ${en.verdict(i.verdict)}`, i.date),
          bodyZh: joined(
            i.conclusion?.zh,
            ...i.findings.map((f) => `${zh.criterion(f.criterion)}：${f.text.zh}`),
            ...i.rectificationItems.map((r) => r.description.zh),
            i.dissent,
          ),
          bodyEn: joined(
            i.conclusion?.en,
            ...i.findings.flatMap((f) => (f.text.en ? [`${en.criterion(f.criterion)}: ${f.text.en}`] : [])),
            ...i.rectificationItems.flatMap((r) => (r.description.en ? [r.description.en] : [])),
          ),
        });
      }
    }
    return out;
  });
}

/**
 * Documents attached to these projects through any of their records. Each owner column is matched
 * on its own index (SQLite unions them), where a coalesce() over the joins would read every document.
 */
function ownedByProjects(tx: Tx, projectIds: number[]): SQL | undefined {
  const projectMilestones = tx.select({ id: milestones.id }).from(milestones).where(inArray(milestones.projectId, projectIds));
  const projectInspections = tx.select({ id: inspections.id }).from(inspections).where(inArray(inspections.milestoneId, projectMilestones));
  const projectItems = tx
    .select({ id: rectificationItems.id })
    .from(rectificationItems)
    .where(inArray(rectificationItems.inspectionId, projectInspections));
  return or(
    inArray(documents.projectId, projectIds),
    inArray(documents.milestoneId, projectMilestones),
    inArray(documents.inspectionId, projectInspections),
    inArray(documents.rectificationItemId, projectItems),
  );
}

/**
 * Public documents of these owners (index rows of projects and buildings). A document belongs to a
 * project directly or through its milestone, inspection or rectification item, else to its building;
 * it inherits its owner's page, names and filter values, and shows only while its owner does
 * (a project's only while the project is published). `all` reads every document instead of the
 * owners' ids, for a rebuild, where the owners are every public record.
 */
export function documentRows(tx: Tx, owners: SearchRow[], all = false): SearchRow[] {
  const viaMilestone = alias(milestones, 'doc_milestone');
  const viaInspection = alias(inspections, 'doc_inspection');
  const inspectionMilestone = alias(milestones, 'doc_inspection_milestone');
  const viaItem = alias(rectificationItems, 'doc_item');
  const itemInspection = alias(inspections, 'doc_item_inspection');
  const itemMilestone = alias(milestones, 'doc_item_milestone');
  const owner = sql<
    number | null
  >`coalesce(${documents.projectId}, ${viaMilestone.projectId}, ${inspectionMilestone.projectId}, ${itemMilestone.projectId})`;

  const byProject = new Map(owners.filter((o) => o.type === 'project').map((o) => [o.recordId, o]));
  const byBuilding = new Map(owners.filter((o) => o.type === 'building').map((o) => [o.recordId, o]));
  const scope = all
    ? undefined
    : or(
        byProject.size ? ownedByProjects(tx, [...byProject.keys()]) : undefined,
        byBuilding.size ? and(inArray(documents.buildingId, [...byBuilding.keys()]), isNull(owner)) : undefined,
      );
  if (!all && !scope) return [];

  const rows = tx
    .select({
      id: documents.id,
      titleZh: documents.titleZh,
      titleEn: documents.titleEn,
      buildingId: documents.buildingId,
      projectId: owner,
    })
    .from(documents)
    .leftJoin(viaMilestone, eq(viaMilestone.id, documents.milestoneId))
    .leftJoin(viaInspection, eq(viaInspection.id, documents.inspectionId))
    .leftJoin(inspectionMilestone, eq(inspectionMilestone.id, viaInspection.milestoneId))
    .leftJoin(viaItem, eq(viaItem.id, documents.rectificationItemId))
    .leftJoin(itemInspection, eq(itemInspection.id, viaItem.inspectionId))
    .leftJoin(itemMilestone, eq(itemMilestone.id, itemInspection.milestoneId))
    .where(and(eq(documents.public, true), scope))
    .orderBy(asc(documents.id))
    .all();

  return rows.flatMap((d): SearchRow[] => {
    const o = d.projectId !== null ? byProject.get(d.projectId) : d.buildingId !== null ? byBuilding.get(d.buildingId) : undefined;
    if (!o) return []; // an unpublished project's document, or one that belongs to nothing
    return [
      {
        type: 'document',
        recordId: d.id,
        slug: o.slug,
        path: `/files/${d.id}`,
        siteId: o.siteId,
        projectId: o.type === 'project' ? o.recordId : null,
        buildingId: o.type === 'building' ? o.recordId : null,
        level: o.level,
        status: o.status ?? null,
        category: o.category ?? null,
        titleZh: cleanText(d.titleZh),
        titleEn: d.titleEn && cleanText(d.titleEn),
        contextZh: o.titleZh,
        contextEn: o.titleEn,
      },
    ];
  });
}
