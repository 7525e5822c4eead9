import 'server-only';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { documents } from '@/db/schema';
import type { Actor } from './actor';
import { type DocumentRow, documentsWithVisibility } from './documents-read';
import { NotFoundError } from './errors';
import { filesRoot, isImageVariant, storedPath, variantPath } from './files';

/**
 * GET /files/{id}[/{variant}]: a document's bytes, to whoever may read it. A private document (or
 * one of an unpublished project) is a 404 to anyone without an account of ours: it does not
 * reveal that it exists.
 */

/** Signed-in accounts of ours read private documents; anyone reads public ones. */
const READS_PRIVATE: Actor['role'][] = ['admin', 'staff', 'expert'];

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** An ASCII file name for Content-Disposition (the English title when there is one), and the UTF-8 one beside it. */
function disposition(doc: DocumentRow, variant: string | undefined, type: string): string {
  const ext = EXTENSIONS[type] ?? 'bin';
  const suffix = variant ? `-${variant}` : '';
  const ascii = (doc.titleEn ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const base = `${ascii || `document-${doc.id}`}${suffix}.${ext}`;
  // RFC 8187 leaves ' ( ) * out of attr-char: encode them too, not only what encodeURIComponent does.
  const utf8 = encodeURIComponent(`${doc.titleZh}${suffix}.${ext}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${base}"; filename*=UTF-8''${utf8}`;
}

export function serveDocument(actor: Actor | null, id: number, variant: string | undefined, request: Request): Response {
  const [found] = documentsWithVisibility(getDb(), eq(documents.id, id));
  if (!found || (!found.isPublic && !(actor && READS_PRIVATE.includes(actor.role)))) throw new NotFoundError('document', id);
  const { doc, isPublic } = found;
  // An image's original may carry EXIF (a camera's GPS position); only the stripped WebP
  // variants go to readers without an account, the largest of them in the original's place.
  const insider = actor !== null && READS_PRIVATE.includes(actor.role);
  if (variant === undefined && doc.mimeType.startsWith('image/') && !insider) {
    return Response.redirect(new URL(`/files/${id}/1600`, request.url), 307);
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

  // The bytes at an address never change (content-addressed); only who may read them can.
  const etag = `"${doc.sha256}${variant ? `-${variant}` : ''}"`;
  const headers = new Headers({
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'content-disposition': disposition(doc, variant, type),
    // A day, not a month: a document made private later leaves shared caches soon; the ETag revalidates cheaply.
    'cache-control': isPublic ? 'public, max-age=86400' : 'private, no-store',
    etag,
  });
  if (!isPublic) headers.set('vary', 'cookie');
  const match = request.headers.get('if-none-match');
  if (match?.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}`)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('content-length', String(stat.size));
  const body = request.method === 'HEAD' ? null : (Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>);
  return new Response(body, { status: 200, headers });
}
