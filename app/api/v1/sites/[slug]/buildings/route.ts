import { handle } from '@/lib/server/route';
import { createBuilding } from '@/lib/server/services/sites';

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(request, async ({ actor, requestId, body }) => createBuilding(actor, (await params).slug, await body(), requestId), 201);
}
