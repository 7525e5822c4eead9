import { InvalidInputError } from '@/lib/server/errors';
import { handle } from '@/lib/server/route';
import { disableUser } from '@/lib/server/services/accounts';

/** The body is optional here: `{}`, `{ "reason": "…" }`, or nothing at all. */
async function optionalJson(request: Request): Promise<unknown> {
  const raw = await request.text();
  if (!raw.trim()) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new InvalidInputError('请求体不是有效的 JSON。');
  }
}

/** POST /api/v1/users/{id}/disable `{ "reason"? }`: admins only; ends the user's sessions. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async ({ actor, requestId }) => disableUser(actor, (await params).id, await optionalJson(request), requestId));
}
