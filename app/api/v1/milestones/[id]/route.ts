import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { updateMilestone } from '@/lib/server/services/milestones';

export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) =>
    updateMilestone(actor, pathId('milestone', (await params).id), await body(), requestId),
  );
}
