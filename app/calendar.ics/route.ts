import type { NextRequest } from 'next/server';
import { calendarIcs } from '@/lib/server/feeds/calendar-ics';
import { serveFile } from '@/lib/server/feeds/serve';

/** Scheduled inspections and acceptances of published projects; `?project={slug}` for one project. */
export function GET(request: NextRequest) {
  return serveFile(request, 'text/calendar; charset=utf-8', () => calendarIcs(request.nextUrl.searchParams.get('project')));
}
