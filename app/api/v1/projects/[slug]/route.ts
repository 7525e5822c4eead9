import { NotFoundError } from '@/lib/server/errors';
import { jsonRoute } from '@/lib/server/problem';
import { getProject } from '@/lib/server/projects';

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const { slug } = await params;
    const project = await getProject(slug);
    if (!project) throw new NotFoundError('project', slug);
    return project;
  });
}
