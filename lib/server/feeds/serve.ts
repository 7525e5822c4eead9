import 'server-only';
import { connection } from 'next/server';
import { requestIdOf } from '@/lib/http/request-context';
import { problemResponse } from '../problem';

/**
 * The one shape of a route handler that serves a file rather than JSON (CSV, Atom, iCalendar):
 * request-time (the build holds no records; the reads behind it are cached by tag), a request
 * id on every answer, typed errors as problem+json like the JSON API's.
 */
export async function serveFile(
  request: Request,
  contentType: string,
  render: () => Promise<string>,
  extraHeaders: Record<string, string> = {},
) {
  await connection();
  // The id scripts/serve.ts gave this request, the one in its log lines; `next dev` gives none.
  const requestId = requestIdOf(request);
  try {
    const body = await render();
    return new Response(body, { headers: { 'content-type': contentType, 'x-request-id': requestId, ...extraHeaders } });
  } catch (error) {
    return problemResponse(error, requestId);
  }
}
