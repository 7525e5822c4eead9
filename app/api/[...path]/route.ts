import { connection } from 'next/server';
import { requestIdOf } from '@/lib/http/request-context';
import { NotFoundError } from '@/lib/server/errors';
import { problemResponse } from '@/lib/server/problem';

/**
 * An /api/ address that no route answers (a mistyped path, or one whose `..` segments the router
 * resolved away): a 404 in the API's own shape, problem+json with the request id, rather than the
 * HTML page meant for people. Every route of the API is more specific than this one.
 */
async function notFound(request: Request): Promise<Response> {
  await connection();
  const requestId = requestIdOf(request);
  return problemResponse(new NotFoundError('API endpoint', new URL(request.url).pathname), requestId);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
