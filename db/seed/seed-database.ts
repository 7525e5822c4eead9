/**
 * Writes the 二砂 case in one transaction, with an audit event per record.
 * Idempotent: when the site is already there, nothing is written.
 */
import { eq } from 'drizzle-orm';
import { writeAudit } from '../audit';
import type { Db } from '../open';
import {
  approvalBuildings,
  approvals,
  buildings,
  designations,
  inspectionAttendees,
  inspectionCriteria,
  inspections,
  milestones,
  organisations,
  projectBuildings,
  projectParticipants,
  projects,
  type SOURCED_ENTITIES,
  sites,
  sourceLinks,
  sources,
} from '../schema';
import {
  caseApproval,
  caseBuildings,
  caseDesignations,
  caseOrganisations,
  caseProjects,
  caseSite,
  caseSources,
  SITE_SLUG,
} from './ersha-case';

export interface SeedResult {
  seeded: boolean;
  records: number;
}

const actor = { actorLabel: 'seed' } as const;

export function seedDatabase(db: Db): SeedResult {
  const existing = db.select({ id: sites.id }).from(sites).where(eq(sites.slug, SITE_SLUG)).get();
  if (existing) return { seeded: false, records: 0 };

  let records = 0;
  db.transaction((tx) => {
    const created = <T extends { id: number }>(entity: string, row: T): T => {
      writeAudit(tx, { ...actor, action: 'create', entity, entityId: row.id, after: row });
      records += 1;
      return row;
    };

    const sourceIds = new Map<string, number>();
    for (const s of caseSources) {
      // A source may already exist from another import; reuse it by its key.
      const found = tx.select({ id: sources.id }).from(sources).where(eq(sources.key, s.key)).get();
      sourceIds.set(s.key, found?.id ?? created('source', tx.insert(sources).values(s).returning().get()).id);
    }
    const cite = (entity: (typeof SOURCED_ENTITIES)[number], entityId: number, key: string, fact: string | null = null) => {
      const sourceId = sourceIds.get(key);
      if (sourceId === undefined) throw new Error(`seed: unknown source ${key}`);
      tx.insert(sourceLinks).values({ sourceId, entity, entityId, fact }).onConflictDoNothing().run();
    };

    const orgIds = new Map<string, number>();
    for (const { parent, ...o } of caseOrganisations) {
      const found = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, o.slug)).get();
      const parentId = parent ? orgIds.get(parent) : undefined;
      orgIds.set(
        o.slug,
        found?.id ??
          created(
            'organisation',
            tx
              .insert(organisations)
              .values({ ...o, parentId })
              .returning()
              .get(),
          ).id,
      );
    }
    const org = (slug: string | null | undefined) => (slug ? (orgIds.get(slug) ?? null) : null);

    const { sources: siteSources, ...siteValues } = caseSite;
    const site = created('site', tx.insert(sites).values(siteValues).returning().get());
    for (const s of siteSources) cite('site', site.id, s.key, s.fact);

    for (const d of caseDesignations) {
      const row = created(
        'designation',
        tx
          .insert(designations)
          .values({
            siteId: site.id,
            level: d.level,
            batch: d.batch,
            date: d.date,
            issuerId: org(d.issuer),
            documentNumber: d.documentNumber,
          })
          .returning()
          .get(),
      );
      for (const key of d.sources) cite('designation', row.id, key);
    }

    const buildingIds = new Map<string, number>();
    caseBuildings.forEach((b, position) => {
      const [planX, planY, planWidth, planHeight] = b.plan;
      const row = created(
        'building',
        tx
          .insert(buildings)
          .values({
            siteId: site.id,
            slug: b.slug,
            nameZh: b.nameZh,
            nameEn: b.nameEn,
            aliases: b.aliases ?? [],
            originalUseZh: b.originalUseZh,
            originalUseEn: b.originalUseEn,
            floorAreaM2: b.floorAreaM2 ?? null,
            descriptionZh: b.descriptionZh ?? null,
            descriptionEn: b.descriptionEn ?? null,
            planX,
            planY,
            planWidth,
            planHeight,
            position,
          })
          .returning()
          .get(),
      );
      buildingIds.set(b.slug, row.id);
      for (const key of b.sources) cite('building', row.id, key);
    });
    const building = (slug: string) => {
      const id = buildingIds.get(slug);
      if (id === undefined) throw new Error(`seed: unknown building ${slug}`);
      return id;
    };

    for (const p of caseProjects) {
      const project = created(
        'project',
        tx
          .insert(projects)
          .values({
            slug: p.slug,
            siteId: site.id,
            category: p.category,
            titleZh: p.titleZh,
            titleEn: p.titleEn,
            descriptionZh: p.descriptionZh,
            descriptionEn: p.descriptionEn,
            published: true,
          })
          .returning()
          .get(),
      );
      cite('project', project.id, 'article-2022');
      for (const slug of p.buildings)
        tx.insert(projectBuildings)
          .values({ projectId: project.id, buildingId: building(slug) })
          .run();
      for (const part of p.participants) {
        tx.insert(projectParticipants)
          .values({ projectId: project.id, organisationId: org(part.organisation) as number, role: part.role })
          .run();
      }

      let approvalId: number | null = null;
      if (p.approval) {
        const { buildings: covered, sources: approvalSources, authority, ...a } = caseApproval;
        const row = created(
          'approval',
          tx
            .insert(approvals)
            .values({ ...a, siteId: site.id, projectId: project.id, authorityId: org(authority) })
            .returning()
            .get(),
        );
        approvalId = row.id;
        for (const slug of covered)
          tx.insert(approvalBuildings)
            .values({ approvalId: row.id, buildingId: building(slug) })
            .run();
        for (const key of approvalSources) cite('approval', row.id, key);
      }

      for (const m of p.milestones) {
        const milestone = created(
          'milestone',
          tx
            .insert(milestones)
            .values({
              projectId: project.id,
              kind: m.kind,
              actual: m.actual,
              noteZh: m.noteZh ?? null,
              noteEn: m.noteEn ?? null,
              approvalId: m.approval ? approvalId : null,
            })
            .returning()
            .get(),
        );
        cite('milestone', milestone.id, 'article-2022');
        if (!m.inspection) continue;
        const i = m.inspection;
        const inspection = created(
          'inspection',
          tx
            .insert(inspections)
            .values({
              milestoneId: milestone.id,
              organiserId: org(i.organiser),
              date: i.date,
              verdict: i.verdict,
              unanimous: i.unanimous,
              conclusionZh: i.conclusionZh,
              conclusionEn: i.conclusionEn,
              historical: true,
            })
            .returning()
            .get(),
        );
        cite('inspection', inspection.id, 'article-2022');
        for (const [criterion, grade] of Object.entries(i.criteria)) {
          tx.insert(inspectionCriteria)
            .values({ inspectionId: inspection.id, criterion: criterion as keyof typeof i.criteria, grade })
            .run();
        }
        for (const a of i.attendees) {
          tx.insert(inspectionAttendees)
            .values({ inspectionId: inspection.id, role: a.role, organisationId: org(a.organisation) })
            .run();
        }
        // A published record is final: locked once imported whole (the lock triggers refuse later children).
        tx.update(inspections).set({ lockedAt: new Date() }).where(eq(inspections.id, inspection.id)).run();
      }
    }
  });
  return { seeded: true, records };
}
