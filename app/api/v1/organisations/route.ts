import { handle } from '@/lib/server/route';
import { createOrganisation, listOrganisations } from '@/lib/server/services/organisations';

export function GET(request: Request) {
  return handle(request, ({ actor }) => listOrganisations(actor));
}

export function POST(request: Request) {
  return handle(request, async ({ actor, requestId, body }) => createOrganisation(actor, await body(), requestId), 201);
}
