import { openApiDocument } from '@/lib/api/openapi';

/** The description of the public API: the same for everyone and built from code, so it is prerendered. */
export function GET() {
  return Response.json(openApiDocument);
}
