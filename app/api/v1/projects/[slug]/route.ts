import { NotFoundError } from '@/lib/server/errors';
import { getProject, getProjectForStaff } from '@/lib/server/projects';
import { handle } from '@/lib/server/route';
import { updateProject } from '@/lib/server/services/projects';
import { RECORD_KEEPERS } from '@/lib/server/write';

type Params = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: Params) {
  return handle(request, async ({ actor }) => {
    const { slug } = await params;
    // Staff see unpublished projects, fresh; everyone else the cached public record.
    const project = actor && RECORD_KEEPERS.includes(actor.role) ? getProjectForStaff(slug) : await getProject(slug);
    if (!project) throw new NotFoundError('project', slug);
    return project;
  });
}

export function PATCH(request: Request, { params }: Params) {
  return handle(request, async ({ actor, requestId, body }) => updateProject(actor, (await params).slug, await body(), requestId));
}
