import 'server-only';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents, inspections, milestones, panelMembers } from '@/db/schema';
import type { Actor } from './actor';
import { contentDisposition } from './documents-disposition';
import { type DocumentRow, documentsWithVisibility } from './documents-read';
import { NotFoundError } from './errors';
import { filesRoot, isImageVariant, storedPath, variantPath } from './files';
import { RECORD_KEEPERS } from './write';

/**
 * GET /files/{id}[/{variant}]: a document's bytes, to whoever may read it. A private document (or
 * one of an unpublished project) is a 404 to anyone who may not read it: it does not reveal that
 * it exists.
 */

/**
 * Who may read a document the public may not: staff and admins, every one; an expert, only those
 * of a project on whose panel they sit (the review screen shows them that project's file, and
 * nothing else of the archive is theirs to read). Anyone else is told it does not exist.
 */
function readsPrivate(actor: Actor | null, doc: DocumentRow): boolean {
  if (!actor) return false;
  if (RECORD_KEEPERS.includes(actor.role)) return true;
  if (actor.role !== 'expert' || doc.projectId === null) return false;
  const seat = getDb()
    .select({ id: panelMembers.id })
    .from(panelMembers)
    .innerJoin(inspections, eq(inspections.id, panelMembers.inspectionId))
    .innerJoin(milestones, eq(milestones.id, inspections.milestoneId))
    .where(and(eq(panelMembers.userId, actor.id), eq(milestones.projectId, doc.projectId)))
    .get();
  return seat !== undefined;
}

export function serveDocument(actor: Actor | null, id: number, variant: string | undefined, request: Request): Response {
  const [found] = documentsWithVisibility(getDb(), eq(documents.id, id));
  const insider = found !== undefined && readsPrivate(actor, found.doc);
  if (!found || (!found.isPublic && !insider)) throw new NotFoundError('document', id);
  const { doc, isPublic } = found;
  // An image's original may carry EXIF (a camera's GPS position); only the stripped WebP
  // variants go to readers who may not read its private documents, the largest in the original's place.
  if (variant === undefined && doc.mimeType.startsWith('image/') && !insider) {
    // A relative address: the request's own URL names the host Next was started on (localhost),
    // not the one the reader used, so an absolute one would send them off the site behind a proxy.
    return new Response(null, {
      status: 307,
      headers: { location: `/files/${id}/1600`, 'cache-control': 'private, no-store', vary: 'cookie' },
    });
  }
  const root = filesRoot();
  let file: string;
  let type: string;
  if (variant === undefined) {
    file = storedPath(root, doc.sha256);
    type = doc.mimeType;
  } else if (isImageVariant(variant) && doc.mimeType.startsWith('image/')) {
    file = variantPath(root, doc.sha256, variant);
    type = 'image/webp';
  } else {
    throw new NotFoundError('document variant', `${id}/${variant}`);
  }
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new NotFoundError('document file', id);

  // An image's original is not what the public gets at this address (they are sent to /1600): a
  // shared cache must never keep it and hand a reader without an account its EXIF.
  const sharedCacheable = isPublic && !(variant === undefined && doc.mimeType.startsWith('image/'));
  // The bytes at an address never change (content-addressed); only who may read them can.
  const etag = `"${doc.sha256}${variant ? `-${variant}` : ''}"`;
  const headers = new Headers({
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'content-disposition': contentDisposition({ id: doc.id, titleZh: doc.titleZh, titleEn: doc.titleEn, type, variant }),
    // A day, not a month: a document made private later leaves shared caches soon; the ETag revalidates cheaply.
    'cache-control': sharedCacheable ? 'public, max-age=86400' : 'private, no-store',
    etag,
  });
  if (!sharedCacheable) headers.set('vary', 'cookie');
  const match = request.headers.get('if-none-match');
  if (match?.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}`)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('content-length', String(stat.size));
  const body = request.method === 'HEAD' ? null : (Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>);
  return new Response(body, { status: 200, headers });
}
