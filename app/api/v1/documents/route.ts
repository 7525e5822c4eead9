import { readUploadForm } from '@/lib/server/documents-upload';
import { handle } from '@/lib/server/route';
import { listDocuments, uploadDocument } from '@/lib/server/services/documents';

/** Staff: a project's (or a building's) documents, private ones included. */
export function GET(request: Request) {
  return handle(request, ({ actor }) => listDocuments(actor, new URL(request.url).searchParams));
}

/** multipart/form-data: file, title, titleEn?, kind, public, one target, evidence?. */
export function POST(request: Request) {
  return handle(request, ({ actor, requestId }) => uploadDocument(actor, () => readUploadForm(request), requestId), 201);
}
