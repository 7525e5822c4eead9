import { handle } from '@/lib/server/route';
import { createMilestone } from '@/lib/server/services/milestones';

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(request, async ({ actor, requestId, body }) => createMilestone(actor, (await params).slug, await body(), requestId), 201);
}
