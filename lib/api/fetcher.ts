/**
 * Same-origin JSON requests for react-query: the session cookie goes along by default, and every
 * failure becomes one typed error, so a screen reads `status`, `detail`, `errors` and `current`
 * the same way whatever went wrong.
 */

/** The problem+json body the API answers with on every error (RFC 9457, see lib/server/problem.ts). */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
  current?: unknown;
  requestId?: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  /** Per field: Chinese messages that name the field and the rule. */
  readonly errors: Record<string, string[]>;
  /** On a 409 stale version: the record as it now stands. */
  readonly current: unknown;
  readonly requestId: string | null;

  constructor(status: number, body: ProblemBody) {
    const detail = body.detail ?? body.title ?? `HTTP ${status}`;
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
    this.type = body.type ?? 'about:blank';
    this.title = body.title ?? '';
    this.detail = detail;
    this.errors = body.errors ?? {};
    this.current = body.current ?? null;
    this.requestId = body.requestId ?? null;
  }

  /** Someone else saved first; `current` holds their version. */
  get isConflict(): boolean {
    return this.status === 409 && this.current !== null;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** Status 0: the request never got an answer (offline, server down). */
const NETWORK_FAILURE = '无法连接服务器，请检查网络后重试。';
/** A non-JSON error page (a proxy's 502, say): said plainly, with its status. */
const UNREADABLE = (status: number) => `服务器返回了无法识别的答复（HTTP ${status}），请稍后重试。`;

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `fetch` for the JSON API: sends `json` as the body when given, returns the parsed answer on 2xx,
 * throws an `ApiProblem` otherwise.
 */
export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const merged = new Headers(headers);
  merged.set('accept', 'application/json, application/problem+json');
  if (json !== undefined) merged.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...rest, headers: merged, body: json !== undefined ? JSON.stringify(json) : rest.body });
  } catch (error) {
    // An aborted query (react-query cancelling it) stays an abort, so react-query can tell.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(0, { title: 'Network error', detail: NETWORK_FAILURE });
  }
  const body = await readBody(response);
  if (response.ok) return body as T;
  if (body && typeof body === 'object') throw new ApiProblem(response.status, body as ProblemBody);
  throw new ApiProblem(response.status, { detail: UNREADABLE(response.status) });
}
