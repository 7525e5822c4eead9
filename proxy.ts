import { type NextRequest, NextResponse } from 'next/server';
import { recordExists } from '@/lib/server/record-exists';

const RECORD_PAGE = /^\/(?:sites\/([^/]+)(?:\/buildings\/([^/]+))?|projects\/([^/]+))\/?$/;

/**
 * A record page whose record does not exist is a real 404 from its first byte. Next may answer a
 * dynamic-slug page from a prerendered shell (status 200) and only then render notFound(), so
 * the check happens here, before rendering: one indexed lookup.
 */
export function proxy(request: NextRequest) {
  const match = RECORD_PAGE.exec(request.nextUrl.pathname);
  if (!match) return NextResponse.next();
  const [, site, building, project] = match.map((part) => (part === undefined ? undefined : decodeURIComponent(part)));
  if (recordExists({ site, building, project })) return NextResponse.next();
  // An unmatched path renders app/not-found.tsx with status 404.
  return NextResponse.rewrite(new URL('/_record-not-found', request.url));
}

export const config = { matcher: ['/sites/:path*', '/projects/:path*'] };
