import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { submitRectification } from '@/lib/server/services/rectification';

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) =>
    submitRectification(actor, pathId('rectification item', (await params).id), await body(), requestId),
  );
}
