import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { saveVerdict } from '@/lib/server/services/panel';

export function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) =>
    saveVerdict(actor, pathId('inspection', (await params).id), await body(), requestId),
  );
}
