import 'server-only';
import { connection } from 'next/server';
import { REQUEST_ID_HEADER } from '@/lib/http/request-context';
import type { Actor } from './actor';
import { currentActor } from './actor';
import { InvalidInputError } from './errors';
import { problemResponse } from './problem';

export interface RouteContext {
  actor: Actor | null;
  requestId: string;
}

async function readJson(request: Request): Promise<unknown> {
  const raw = await request.text();
  if (!raw.trim()) throw new InvalidInputError('请求体为空：需要 JSON。');
  try {
    return JSON.parse(raw);
  } catch {
    throw new InvalidInputError('请求体不是有效的 JSON。');
  }
}

/**
 * The one shape of a JSON route handler: request-time, the caller's session, a request id on
 * every answer, typed errors mapped to problem+json. Handlers only parse and call one service.
 */
export async function handle<T>(
  request: Request,
  run: (ctx: RouteContext & { body: () => Promise<unknown> }) => Promise<T> | T,
  status = 200,
): Promise<Response> {
  await connection();
  // scripts/serve.ts gives every request an id (the same one is in its log lines); `next dev` does not.
  const requestId = request.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
  try {
    const actor = await currentActor(request.headers);
    const result = await run({ actor, requestId, body: () => readJson(request) });
    return Response.json(result, { status, headers: { 'x-request-id': requestId } });
  } catch (error) {
    return problemResponse(error, requestId);
  }
}
