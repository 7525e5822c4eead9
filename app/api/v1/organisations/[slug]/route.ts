import { handle } from '@/lib/server/route';
import { updateOrganisation } from '@/lib/server/services/organisations';

export function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(request, async ({ actor, requestId, body }) => updateOrganisation(actor, (await params).slug, await body(), requestId));
}
