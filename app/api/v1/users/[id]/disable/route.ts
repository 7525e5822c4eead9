import { handle } from '@/lib/server/route';
import { disableUser } from '@/lib/server/services/accounts';

/**
 * POST /api/v1/users/{id}/disable `{ "reason"? }`: admins only; ends the user's sessions. The body is
 * optional: `{}`, `{ "reason": "…" }`, or none at all (Content-Length: 0); any body there is is read
 * as every JSON body is (415, 413, 400 for bytes that are not UTF-8).
 */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId, body }) => {
    const input = request.headers.get('content-length') === '0' || request.body === null ? {} : await body();
    return disableUser(actor, (await params).id, input, requestId);
  });
}
