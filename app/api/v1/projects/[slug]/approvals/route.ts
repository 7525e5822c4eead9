import { handle } from '@/lib/server/route';
import { createApproval } from '@/lib/server/services/approvals';

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(request, async ({ actor, requestId, body }) => createApproval(actor, (await params).slug, await body(), requestId), 201);
}
