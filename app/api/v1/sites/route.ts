import { handle } from '@/lib/server/route';
import { createSite } from '@/lib/server/services/sites';
import { listSites } from '@/lib/server/sites';

export function GET(request: Request) {
  return handle(request, async () => ({ items: await listSites() }));
}

export function POST(request: Request) {
  return handle(request, async ({ actor, requestId, body }) => createSite(actor, await body(), requestId), 201);
}
