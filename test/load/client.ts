/**
 * The HTTP client of the writers and the panels: one fetch per call, timed, counted by kind, with
 * the answer's request id kept so that each write can be found again in the audit trail and each
 * server failure in the log.
 */
import type { Stats } from './stats';

/** An answer slower than this counts as a timeout (autocannon's readers use the same limit). */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface Answer {
  status: number;
  ms: number;
  requestId: string | null;
  /** The parsed JSON body, or null when there was none or it was not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: answers of many shapes, read field by field by their callers
  body: any;
  /** Why there was no answer (status 0). */
  error?: string;
}

/** A body sent as these exact characters, for the malformed-JSON refusal. */
export interface RawBody {
  raw: string;
}

export interface SendOptions {
  /** Replaces the signed-in session: null sends no cookie. */
  cookie?: string | null;
  headers?: Record<string, string>;
}

export class Client {
  constructor(
    readonly baseUrl: string,
    private readonly stats: Stats,
    /** Aborted when the run must end at once (its hard time limit). */
    private readonly stop: AbortSignal,
    readonly cookie: string | null,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  async send(kind: string, method: string, path: string, body?: unknown, options: SendOptions = {}): Promise<Answer> {
    const cookie = options.cookie === undefined ? this.cookie : options.cookie;
    const headers: Record<string, string> = { accept: 'application/json', origin: this.baseUrl, ...options.headers };
    if (cookie) headers.cookie = cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = isRaw(body) ? body.raw : JSON.stringify(body);
    }
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const started = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.any([timeout, this.stop]),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const requestId = response.headers.get('x-request-id');
      this.stats.record(kind, response.status, ms);
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // an HTML page or an empty answer: no body to read
      }
      if (response.status >= 500) {
        this.stats.fail({ kind, method, path, status: response.status, requestId, detail: text.slice(0, 300) });
      }
      return { status: response.status, ms, requestId, body: parsed };
    } catch (error) {
      const ms = performance.now() - started;
      const timedOut = timeout.aborted;
      const message = timedOut ? `no answer within ${this.timeoutMs / 1000} s` : (error as Error).message;
      this.stats.record(kind, 0, ms, timedOut);
      this.stats.fail({ kind, method, path, status: 0, requestId: null, detail: message });
      return { status: 0, ms, requestId: null, body: null, error: message };
    }
  }
}

function isRaw(body: unknown): body is RawBody {
  return typeof body === 'object' && body !== null && 'raw' in body && typeof (body as RawBody).raw === 'string';
}
