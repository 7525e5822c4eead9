import 'server-only';
import { AppError, StaleVersionError } from './errors';
import { log } from './log';

const PROBLEM_BASE = '/problems/';

export function problemResponse(error: unknown, requestId: string): Response {
  if (error instanceof AppError) {
    return Response.json(
      {
        type: `${PROBLEM_BASE}${error.type}`,
        title: error.title,
        status: error.status,
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error instanceof StaleVersionError ? { current: error.current } : {}),
        requestId,
      },
      { status: error.status, headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId } },
    );
  }
  // The details go to the log, never to the client.
  log.error({ reqId: requestId, err: error }, 'unexpected error answered 500');
  return Response.json(
    { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Something went wrong on our side.', requestId },
    { status: 500, headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId } },
  );
}
