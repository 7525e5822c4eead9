import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { milestoneHistory } from '@/lib/server/services/milestones';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor }) => milestoneHistory(actor, pathId('milestone', (await params).id)));
}
