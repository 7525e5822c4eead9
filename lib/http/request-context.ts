/**
 * The request being handled, for code that has no request object in hand: Next's own messages,
 * written with console.*, are logged with the id of the request they came from.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export const REQUEST_ID_HEADER = 'x-request-id';

export const requestContext = new AsyncLocalStorage<{ reqId: string }>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.reqId;
}

/** The id scripts/serve.ts gave this request; `next dev` gives none, so one is made up there. */
export function requestIdOf(request: Request): string {
  return request.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
}
