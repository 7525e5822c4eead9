import { handle } from '@/lib/server/route';
import { projectHistory } from '@/lib/server/services/milestones';

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(request, async ({ actor }) => projectHistory(actor, (await params).slug));
}
