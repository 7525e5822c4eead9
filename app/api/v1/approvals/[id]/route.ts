import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { updateApproval } from '@/lib/server/services/approvals';

export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) =>
    updateApproval(actor, pathId('approval', (await params).id), await body(), requestId),
  );
}
