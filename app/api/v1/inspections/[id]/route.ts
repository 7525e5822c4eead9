import { pathId } from '@/lib/server/path-id';
import { handle } from '@/lib/server/route';
import { getInspection } from '@/lib/server/services/inspections';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor }) => getInspection(actor, pathId('inspection', (await params).id)));
}
