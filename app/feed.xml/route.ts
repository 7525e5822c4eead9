import { feedXml } from '@/lib/server/feeds/feed-xml';
import { serveFile } from '@/lib/server/feeds/serve';

/** Atom feed of milestones reached and verdicts signed on published projects. */
export function GET(request: Request) {
  return serveFile(request, 'application/atom+xml; charset=utf-8', feedXml);
}
