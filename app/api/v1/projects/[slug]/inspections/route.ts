import { handle } from '@/lib/server/route';
import { listProjectInspections, scheduleInspection } from '@/lib/server/services/inspections';

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(request, async ({ actor }) => listProjectInspections(actor, (await params).slug));
}

export function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(
    request,
    async ({ actor, requestId, body }) => scheduleInspection(actor, (await params).slug, await body(), requestId),
    201,
  );
}
