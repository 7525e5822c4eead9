import { getProjectsCsv } from '@/lib/server/feeds/projects-csv';
import { serveFile } from '@/lib/server/feeds/serve';

/** Every milestone of every published project, for researchers and spreadsheets. */
export function GET(request: Request) {
  return serveFile(request, 'text/csv; charset=utf-8', getProjectsCsv, {
    'content-disposition': 'attachment; filename="projects.csv"',
  });
}
