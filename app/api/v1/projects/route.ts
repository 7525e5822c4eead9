import { handle } from '@/lib/server/route';
import { createProject } from '@/lib/server/services/projects';

export function POST(request: Request) {
  return handle(request, async ({ actor, requestId, body }) => createProject(actor, await body(), requestId), 201);
}
