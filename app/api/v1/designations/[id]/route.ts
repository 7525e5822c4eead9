import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { updateDesignation } from '@/lib/server/services/sites';

export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) =>
    updateDesignation(actor, pathId('designation', (await params).id), await body(), requestId),
  );
}
