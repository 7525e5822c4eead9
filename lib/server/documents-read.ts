import 'server-only';
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { documents, inspections, projects, rectificationItems } from '@/db/schema';
import type { DocumentDto, DocumentVariantDto, EvidencePairDto, StaffDocumentDto } from '@/lib/api/dto';
import { filesRoot, type ImageVariant, readManifest, VARIANT_ORDER } from './files';
import { isDecided } from './inspection-records';
import { named } from './records';

/**
 * Documents as the read models and the file route see them. Whether a reader without an account
 * may have one is decided here, once: the file route and the public pages use the same rule.
 */

export type DocumentRow = typeof documents.$inferSelect;

interface VisibilityFacts {
  doc: DocumentRow;
  projectPublished: boolean | null;
  itemInspection: { lockedAt: Date | null; historical: boolean } | null;
}

/**
 * Public: marked public, its project (if any) published, and — for a rectification item's
 * evidence — the item's verdict decided (a draft's items are not public, nor their photos).
 */
export function isPublicDocument({ doc, projectPublished, itemInspection }: VisibilityFacts): boolean {
  if (!doc.public) return false;
  if (doc.projectId !== null && projectPublished !== true) return false;
  if (doc.rectificationItemId !== null && !(itemInspection && isDecided(itemInspection))) return false;
  return true;
}

/** Documents matching `where`, oldest first, each with whether the public may read it. */
export function documentsWithVisibility(db: Tx, where: SQL | undefined): { doc: DocumentRow; isPublic: boolean }[] {
  return db
    .select({
      doc: documents,
      projectPublished: projects.published,
      lockedAt: inspections.lockedAt,
      historical: inspections.historical,
    })
    .from(documents)
    .leftJoin(projects, eq(projects.id, documents.projectId))
    .leftJoin(rectificationItems, eq(rectificationItems.id, documents.rectificationItemId))
    .leftJoin(inspections, eq(inspections.id, rectificationItems.inspectionId))
    .where(where)
    .orderBy(asc(documents.id))
    .all()
    .map((r) => ({
      doc: r.doc,
      isPublic: isPublicDocument({
        doc: r.doc,
        projectPublished: r.projectPublished,
        itemInspection: r.historical === null ? null : { lockedAt: r.lockedAt, historical: r.historical },
      }),
    }));
}

const fileUrl = (id: number, variant?: ImageVariant) => (variant ? `/files/${id}/${variant}` : `/files/${id}`);

/** The public shape of a document; an image's sizes come from the manifest stored beside it. */
export function toDocumentDto(doc: DocumentRow, root = filesRoot()): DocumentDto {
  const manifest = doc.mimeType.startsWith('image/') ? readManifest(root, doc.sha256) : null;
  let image: DocumentDto['image'] = null;
  if (manifest) {
    const all = VARIANT_ORDER.map((v): DocumentVariantDto => ({ url: fileUrl(doc.id, v), ...manifest.variants[v] }));
    // A small original gives variants of one width: srcset lists each width once.
    const variants = all.filter((v, i) => all.findIndex((w) => w.width === v.width) === i);
    image = { width: manifest.width, height: manifest.height, thumb: all[0] as DocumentVariantDto, variants };
  }
  return {
    id: doc.id,
    title: named(doc.titleZh, doc.titleEn),
    kind: doc.kind,
    mimeType: doc.mimeType,
    sizeBytes: doc.sizeBytes,
    url: fileUrl(doc.id),
    image,
    evidence: doc.evidence,
    rectificationItemId: doc.rectificationItemId,
  };
}

export function toStaffDocumentDto(doc: DocumentRow, root = filesRoot()): StaffDocumentDto {
  return {
    ...toDocumentDto(doc, root),
    public: doc.public,
    projectId: doc.projectId,
    buildingId: doc.buildingId,
    milestoneId: doc.milestoneId,
    inspectionId: doc.inspectionId,
    uploadedBy: doc.uploadedBy,
    createdAt: doc.createdAt.toISOString(),
  };
}

/** A published project's public documents (its milestones', inspections' and items' included). */
export function publicProjectDocuments(db: Tx, projectId: number): DocumentDto[] {
  return documentsWithVisibility(db, eq(documents.projectId, projectId)).flatMap((r) => (r.isPublic ? [toDocumentDto(r.doc)] : []));
}

/** A building's own public documents and photos. */
export function publicBuildingDocuments(db: Tx, buildingId: number): DocumentDto[] {
  return documentsWithVisibility(db, eq(documents.buildingId, buildingId)).flatMap((r) => (r.isPublic ? [toDocumentDto(r.doc)] : []));
}

/** Rectification items with public before/after photos, in the items' order, from a project's public documents. */
export function evidencePairs(db: Tx, docs: DocumentDto[]): EvidencePairDto[] {
  const evidence = docs.filter((d) => d.rectificationItemId !== null && d.evidence !== null && d.image);
  const ids = [...new Set(evidence.map((d) => d.rectificationItemId as number))];
  if (!ids.length) return [];
  return db
    .select()
    .from(rectificationItems)
    .where(inArray(rectificationItems.id, ids))
    .orderBy(asc(rectificationItems.id))
    .all()
    .map((item) => ({
      item: { id: item.id, description: named(item.descriptionZh, item.descriptionEn), status: item.status },
      before: evidence.filter((d) => d.rectificationItemId === item.id && d.evidence === 'before'),
      after: evidence.filter((d) => d.rectificationItemId === item.id && d.evidence === 'after'),
    }));
}
