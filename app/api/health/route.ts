import { connection } from 'next/server';
import { REQUEST_ID_HEADER, requestIdOf } from '@/lib/http/request-context';
import { readHealth } from '@/lib/server/health';

/**
 * GET /api/health: 200 when the database answers and its schema is this build's, else 503, so a
 * load balancer stops sending readers to a server that cannot serve them. Outside handle(): its
 * status follows the answer, and it needs no session.
 */
export async function GET(request: Request) {
  await connection();
  const health = readHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store', [REQUEST_ID_HEADER]: requestIdOf(request) },
  });
}
