import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { amendInspection } from '@/lib/server/services/inspections';

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(
    request,
    async ({ actor, requestId, body }) => amendInspection(actor, pathId('inspection', (await params).id), await body(), requestId),
    201,
  );
}
