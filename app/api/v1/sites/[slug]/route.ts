import { NotFoundError } from '@/lib/server/errors';
import { jsonRoute } from '@/lib/server/problem';
import { getSite } from '@/lib/server/sites';

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const { slug } = await params;
    const site = await getSite(slug);
    if (!site) throw new NotFoundError('site', slug);
    return site;
  });
}
