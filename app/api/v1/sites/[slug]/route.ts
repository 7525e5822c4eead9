import { NotFoundError } from '@/lib/server/errors';
import { handle } from '@/lib/server/route';
import { updateSite } from '@/lib/server/services/sites';
import { getSite } from '@/lib/server/sites';

type Params = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Params) {
  return handle(request, async () => {
    const { slug } = await params;
    const site = await getSite(slug);
    if (!site) throw new NotFoundError('site', slug);
    return site;
  });
}

export function PATCH(request: Request, { params }: Params) {
  return handle(request, async ({ actor, requestId, body }) => updateSite(actor, (await params).slug, await body(), requestId));
}
