import 'server-only';
import { connection } from 'next/server';
import { requestIdOf } from '@/lib/http/request-context';
import type { Actor } from './actor';
import { currentActor } from './actor';
import { problemResponse } from './problem';
import { readJsonBody } from './request-body';
import { assertSameOrigin } from './same-origin';

export interface RouteContext {
  actor: Actor | null;
  requestId: string;
}

/**
 * The one shape of a JSON route handler: request-time, writes only from our own pages, the
 * caller's session, a bounded JSON body, a request id on every answer, typed errors mapped to
 * problem+json. Handlers only parse and call one service.
 */
export async function handle<T>(
  request: Request,
  run: (ctx: RouteContext & { body: () => Promise<unknown> }) => Promise<T> | T,
  status = 200,
): Promise<Response> {
  await connection();
  const requestId = requestIdOf(request);
  try {
    assertSameOrigin(request);
    const actor = await currentActor(request.headers);
    const result = await run({ actor, requestId, body: () => readJsonBody(request) });
    return Response.json(result, { status, headers: { 'x-request-id': requestId } });
  } catch (error) {
    return problemResponse(error, requestId);
  }
}
