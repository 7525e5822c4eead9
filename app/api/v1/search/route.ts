import { handle } from '@/lib/server/route';
import { searchFromQuery } from '@/lib/server/search';

/** `GET /api/v1/search?q=&type=&level=&status=&category=&lang=&limit=&offset=` (see lib/api/search-schema.ts). */
export function GET(request: Request) {
  return handle(request, () => searchFromQuery(new URL(request.url).searchParams));
}
