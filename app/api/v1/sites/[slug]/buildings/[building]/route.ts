import { handle } from '@/lib/server/route';
import { updateBuilding } from '@/lib/server/services/sites';

export function PATCH(request: Request, { params }: { params: Promise<{ slug: string; building: string }> }) {
  return handle(request, async ({ actor, requestId, body }) => {
    const { slug, building } = await params;
    return updateBuilding(actor, slug, building, await body(), requestId);
  });
}
