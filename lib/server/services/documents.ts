import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/audit';
import { getDb } from '@/db/client';
import { buildings, documents, inspections, milestones, projects, rectificationItems, sites } from '@/db/schema';
import { cacheTags } from '@/lib/api/cache-tags';
import { type DocumentUpload, documentFieldErrors, documentPatchSchema, documentUploadSchema } from '@/lib/api/document-schemas';
import type { StaffDocumentDto, StaffDocumentListDto } from '@/lib/api/dto';
import type { Actor } from '../actor';
import { type DocumentRow, toStaffDocumentDto } from '../documents-read';
import type { UploadForm } from '../documents-upload';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../errors';
import { filesRoot, type PreparedFile, prepareFile, removeFile, writeFile } from '../files';
import { authorize, RECORD_KEEPERS, runWrite } from '../write';
import { projectBySlug, projectTags } from './lookups';

/**
 * Documents and photos (档案): an upload is checked whole — fields, the target record, the bytes —
 * before anything is kept; its file is written as the last step of the transaction that adds its
 * row and audit event. Files are shared by every document with the same bytes and removed with
 * the last of them.
 */

type Placement = Pick<DocumentRow, 'projectId' | 'buildingId' | 'milestoneId' | 'inspectionId' | 'rectificationItemId'>;
const NOWHERE: Placement = { projectId: null, buildingId: null, milestoneId: null, inspectionId: null, rectificationItemId: null };

function parse<S extends typeof documentUploadSchema | typeof documentPatchSchema>(schema: S, input: unknown) {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError('请求内容有误，请按提示修改。', documentFieldErrors(result.error));
  return result.data as ReturnType<S['parse']>;
}

const missing = (field: string, label: string, key: string | number) =>
  new RuleViolationError(`找不到${label}“${key}”。`, { [field]: [`${label}：找不到“${key}”`] });

/** The record an upload names, as the columns it fills; every project-side record also names its project. */
function place(tx: Tx, body: DocumentUpload): Placement {
  if (body.project) return { ...NOWHERE, projectId: projectBySlugOr422(tx, body.project) };
  if (body.building) {
    const buildingId = findBuilding(tx, body.building);
    if (buildingId === null) throw missing('building', '文物建筑', body.building);
    return { ...NOWHERE, buildingId };
  }
  if (body.milestone) {
    const row = tx.select({ projectId: milestones.projectId }).from(milestones).where(eq(milestones.id, body.milestone)).get();
    if (!row) throw missing('milestone', '节点', body.milestone);
    return { ...NOWHERE, projectId: row.projectId, milestoneId: body.milestone };
  }
  const inspectionId = body.inspection ?? itemInspection(tx, body.rectificationItem as number);
  const row = tx
    .select({ projectId: milestones.projectId })
    .from(inspections)
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .where(eq(inspections.id, inspectionId))
    .get();
  if (!row) throw missing('inspection', '检查/验收', inspectionId);
  return { ...NOWHERE, projectId: row.projectId, inspectionId, rectificationItemId: body.rectificationItem ?? null };
}

/** A building by id, or by "site-slug/building-slug". */
function findBuilding(tx: Tx, ref: string): number | null {
  const [site, building] = ref.split('/');
  const row = building
    ? tx
        .select({ id: buildings.id })
        .from(buildings)
        .innerJoin(sites, eq(sites.id, buildings.siteId))
        .where(and(eq(sites.slug, site as string), eq(buildings.slug, building)))
        .get()
    : /^[1-9]\d{0,15}$/.test(ref)
      ? tx
          .select({ id: buildings.id })
          .from(buildings)
          .where(eq(buildings.id, Number(ref)))
          .get()
      : undefined;
  return row?.id ?? null;
}

function projectBySlugOr422(tx: Tx, slug: string): number {
  try {
    return projectBySlug(tx, slug).id;
  } catch (error) {
    if (error instanceof NotFoundError) throw missing('project', '工程', slug);
    throw error;
  }
}

function itemInspection(tx: Tx, id: number): number {
  const item = tx
    .select({ inspectionId: rectificationItems.inspectionId })
    .from(rectificationItems)
    .where(eq(rectificationItems.id, id))
    .get();
  if (!item) throw missing('rectificationItem', '整改事项', id);
  return item.inspectionId;
}

/** The public pages that show a document: its project's (with its site and buildings) or its building's. */
function touchPages(tx: Tx, touch: (...tags: string[]) => void, doc: Placement) {
  if (doc.projectId !== null) {
    const project = tx.select().from(projects).where(eq(projects.id, doc.projectId)).get();
    if (project) touch(...projectTags(tx, project));
  }
  if (doc.buildingId !== null) {
    const building = tx.select({ siteId: buildings.siteId }).from(buildings).where(eq(buildings.id, doc.buildingId)).get();
    touch(cacheTags.building(doc.buildingId), ...(building ? [cacheTags.site(building.siteId)] : []));
  }
}

/** Rules between the bytes and the fields, told by field. */
function checkFit(body: DocumentUpload, file: PreparedFile) {
  const isImage = file.image !== null;
  if (body.kind === 'photo' && !isImage) {
    throw new RuleViolationError('类别为“照片”的文件须是图片。', { kind: ['类别：“照片”须是 JPEG、PNG 或 WebP 图片，此文件是 PDF'] });
  }
  if (body.evidence && !isImage) {
    throw new RuleViolationError('整改前/后的证明须是照片。', { evidence: ['整改前/后：只用于照片（JPEG、PNG 或 WebP），此文件是 PDF'] });
  }
}

const snapshot = (row: DocumentRow) => ({
  title: { zh: row.titleZh, en: row.titleEn },
  kind: row.kind,
  public: row.public,
  evidence: row.evidence,
  sha256: row.sha256,
  mimeType: row.mimeType,
  sizeBytes: row.sizeBytes,
  projectId: row.projectId,
  buildingId: row.buildingId,
  milestoneId: row.milestoneId,
  inspectionId: row.inspectionId,
  rectificationItemId: row.rectificationItemId,
});

const isUsed = (sha256: string) => !!getDb().select({ id: documents.id }).from(documents).where(eq(documents.sha256, sha256)).get();

/** POST /api/v1/documents: staff upload a file with its title, kind, visibility and the one record it belongs to. */
export async function uploadDocument(
  actor: Actor | null,
  readForm: () => Promise<UploadForm>,
  requestId: string,
): Promise<StaffDocumentDto> {
  // Who may upload is settled before a byte of the body is read.
  const who = authorize(actor, RECORD_KEEPERS);
  const form = await readForm();
  const body = parse(documentUploadSchema, form.fields);
  if (!form.file || form.file.bytes.length === 0) {
    throw new InvalidInputError('请选择要上传的文件。', { file: ['文件：请选择要上传的文件（不能为空文件）'] });
  }
  const file = await prepareFile(form.file.bytes);
  checkFit(body, file);
  const root = filesRoot();
  let wrote = false;
  try {
    return runWrite(who, requestId, ({ tx, audit, touch }) => {
      const placement = place(tx, body);
      const row = tx
        .insert(documents)
        .values({
          ...placement,
          kind: body.kind,
          titleZh: body.title,
          titleEn: body.titleEn ?? null,
          sha256: file.sha256,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          evidence: body.evidence ?? null,
          public: body.public,
          uploadedBy: who.id,
        })
        .returning()
        .get();
      audit({ action: 'upload', entity: 'document', entityId: row.id, after: snapshot(row) });
      touchPages(tx, touch, placement);
      // Last, so a refusal above never touches the disk; a failure here rolls the row back.
      wrote = writeFile(root, file);
      return toStaffDocumentDto(row, root);
    });
  } catch (error) {
    // Nothing left behind: files this request wrote go again unless a document (another upload) uses them.
    if (wrote && !isUsed(file.sha256)) removeFile(root, file.sha256);
    throw error;
  }
}

function documentById(tx: Tx, id: number): DocumentRow {
  const row = tx.select().from(documents).where(eq(documents.id, id)).get();
  if (!row) throw new NotFoundError('document', id);
  return row;
}

/** PATCH /api/v1/documents/{id}: its titles or whether the public may see it. */
export function updateDocument(actor: Actor | null, id: number, input: unknown, requestId: string): StaffDocumentDto {
  const who = authorize(actor, RECORD_KEEPERS);
  const body = parse(documentPatchSchema, input);
  return runWrite(who, requestId, ({ tx, audit, touch }) => {
    const before = documentById(tx, id);
    const after = tx
      .update(documents)
      .set({
        ...(body.title !== undefined ? { titleZh: body.title } : {}),
        ...(body.titleEn !== undefined ? { titleEn: body.titleEn } : {}),
        ...(body.public !== undefined ? { public: body.public } : {}),
      })
      .where(eq(documents.id, id))
      .returning()
      .get();
    audit({ action: 'update', entity: 'document', entityId: id, before: snapshot(before), after: snapshot(after) });
    touchPages(tx, touch, before);
    return toStaffDocumentDto(after);
  });
}

/** DELETE /api/v1/documents/{id}: the record goes; its file too, unless another document has the same bytes. */
export function deleteDocument(actor: Actor | null, id: number, requestId: string): { id: number; fileRemoved: boolean } {
  const who = authorize(actor, RECORD_KEEPERS);
  const before = runWrite(who, requestId, ({ tx, audit, touch }) => {
    const row = documentById(tx, id);
    tx.delete(documents).where(eq(documents.id, id)).run();
    audit({ action: 'delete', entity: 'document', entityId: id, before: snapshot(row) });
    touchPages(tx, touch, row);
    return row;
  });
  // After the commit: a rolled-back delete must still find its file.
  const fileRemoved = !isUsed(before.sha256);
  if (fileRemoved) removeFile(filesRoot(), before.sha256);
  return { id, fileRemoved };
}

/** GET /api/v1/documents?project=slug (or ?building=site/building): every document, private ones too, for staff. */
export function listDocuments(actor: Actor | null, query: URLSearchParams): StaffDocumentListDto {
  authorize(actor, RECORD_KEEPERS);
  const db = getDb();
  const project = query.get('project');
  const building = query.get('building');
  let where: ReturnType<typeof eq>;
  if (project) where = eq(documents.projectId, projectBySlug(db, project).id);
  else if (building) {
    const buildingId = findBuilding(db, building);
    if (buildingId === null) throw new NotFoundError('building', building);
    where = eq(documents.buildingId, buildingId);
  } else {
    throw new InvalidInputError('请指定工程或文物建筑。', { target: ['归属：请用 ?project=工程标识 或 ?building=单位标识/建筑标识 指定'] });
  }
  const rows = db.select().from(documents).where(where).orderBy(documents.id).all();
  const root = filesRoot();
  return { items: rows.map((row) => toStaffDocumentDto(row, root)) };
}
