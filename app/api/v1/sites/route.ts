import { jsonRoute } from '@/lib/server/problem';
import { listSites } from '@/lib/server/sites';

export function GET() {
  return jsonRoute(async () => ({ items: await listSites() }));
}
