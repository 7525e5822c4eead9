import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { signInspection } from '@/lib/server/services/panel';

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) =>
    signInspection(actor, pathId('inspection', (await params).id), await body(), requestId),
  );
}
