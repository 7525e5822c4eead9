import { requestIdOf } from '@/lib/http/request-context';
import { handleAuthRequest } from '@/lib/server/auth';
import { authProblem } from '@/lib/server/auth-problem';
import { PayloadTooLargeError } from '@/lib/server/errors';
import { problemResponse } from '@/lib/server/problem';
import { JSON_BODY_LIMIT, readBoundedBody } from '@/lib/server/request-body';
import { assertSameOrigin } from '@/lib/server/same-origin';

/** The body, read at most to the API's JSON limit: better-auth would read any size it is sent. */
async function bounded(request: Request): Promise<Request> {
  if (request.method === 'GET' || request.method === 'HEAD') return request;
  const bytes = await readBoundedBody(
    request,
    JSON_BODY_LIMIT,
    () => new PayloadTooLargeError('body', `请求体不能超过 ${JSON_BODY_LIMIT / 1024 / 1024} MB。`),
  );
  return new Request(request.url, { method: request.method, headers: request.headers, body: bytes.length ? new Uint8Array(bytes) : null });
}

/**
 * better-auth's own endpoints (sign-in/email, sign-out, get-session, …) under /api/auth, with the
 * API's rules around them: a write from another site is refused like every other write (better-auth
 * checks Origin, not Sec-Fetch-Site), a body is bounded like every JSON body (413), and a refusal
 * is problem+json with the request id.
 */
async function handler(request: Request): Promise<Response> {
  const requestId = requestIdOf(request);
  try {
    assertSameOrigin(request);
    return await authProblem(await handleAuthRequest(await bounded(request)), requestId);
  } catch (error) {
    return problemResponse(error, requestId);
  }
}

export const GET = handler;
export const POST = handler;
