import { type NextRequest, NextResponse } from 'next/server';
import { recordExists } from '@/lib/server/record-exists';

const RECORD_PAGE = /^\/(?:sites\/([^/]+)(?:\/buildings\/([^/]+))?|projects\/([^/]+)(?:\/inspections\/([^/]+))?)\/?$/;
/** Signed-in areas: the staff workspace and the expert panels' review. */
const SIGNED_IN_AREA = /^\/(?:manage|review)(?:\/|$)/;

/**
 * Two answers that must come before any byte of a page is sent:
 * - a record page whose record does not exist is a real 404. Next may answer a dynamic-slug page
 *   from a prerendered shell (status 200) and only then render notFound(); one indexed lookup here.
 * - the staff workspace or the review area without a session cookie is a 307 to the sign-in page. This is
 *   convenience only: the services authorize every read and write themselves.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_AREA.test(pathname)) {
    if (request.cookies.getAll().some((c) => c.name.endsWith('better-auth.session_token'))) return NextResponse.next();
    const login = new URL('/login', request.url);
    login.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(login, 307);
  }
  const match = RECORD_PAGE.exec(pathname);
  if (!match) return NextResponse.next();
  const [, site, building, project, inspection] = match.map((part) => (part === undefined ? undefined : decodeURIComponent(part)));
  if (recordExists({ site, building, project, inspection })) return NextResponse.next();
  // An unmatched path renders app/not-found.tsx with status 404.
  return NextResponse.rewrite(new URL('/_record-not-found', request.url));
}

export const config = { matcher: ['/sites/:path*', '/projects/:path*', '/manage', '/manage/:path*', '/review', '/review/:path*'] };
