import { connection } from 'next/server';
import { requestIdOf } from '@/lib/http/request-context';
import { currentActor } from '@/lib/server/actor';
import { serveDocument } from '@/lib/server/documents-serve';
import { NotFoundError } from '@/lib/server/errors';
import { pathId } from '@/lib/server/path-id';
import { problemResponse } from '@/lib/server/problem';

type Params = { params: Promise<{ id: string; variant?: string[] }> };

/** /files/{id} is the original; /files/{id}/thumb, /800 and /1600 an image's WebP variants. */
export async function GET(request: Request, { params }: Params) {
  await connection();
  // The id scripts/serve.ts gave this request (in its log lines too); `next dev` gives none.
  const requestId = requestIdOf(request);
  try {
    const { id, variant = [] } = await params;
    if (variant.length > 1) throw new NotFoundError('document variant', variant.join('/'));
    return serveDocument(await currentActor(request.headers), pathId('document', id), variant[0], request);
  } catch (error) {
    return problemResponse(error, requestId);
  }
}
