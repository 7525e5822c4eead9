import 'server-only';

/**
 * The auth library's refusals in the API's one error shape. better-auth answers `{ code, message }`
 * as application/json, with no request id, where every other endpoint answers RFC 9457
 * problem+json that names its request (so a person can find its log line). The refusal keeps its
 * status, headers (Retry-After) and its `code` and `message`, which the sign-in form reads.
 */

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** `INVALID_EMAIL_OR_PASSWORD` → `/problems/auth-invalid-email-or-password`. */
const typeOf = (code: string) => `/problems/auth-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export async function authProblem(response: Response, requestId: string): Promise<Response> {
  if (response.status < 400) return response;
  const sent = await response
    .text()
    .then((text) => JSON.parse(text) as { code?: unknown; message?: unknown } | null)
    // an empty or non-JSON refusal (an unknown auth path): the status says it all
    .catch(() => null);
  const code = typeof sent?.code === 'string' && sent.code ? sent.code : null;
  const message = typeof sent?.message === 'string' && sent.message ? sent.message : null;
  const title = TITLES[response.status] ?? 'Error';
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.set('content-type', 'application/problem+json');
  headers.set('x-request-id', requestId);
  return new Response(
    JSON.stringify({
      type: code ? typeOf(code) : 'about:blank',
      title,
      status: response.status,
      detail: message ?? title,
      ...(code ? { code } : {}),
      ...(message ? { message } : {}),
      requestId,
    }),
    { status: response.status, headers },
  );
}
