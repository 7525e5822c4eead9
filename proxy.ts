import { type NextRequest, NextResponse } from 'next/server';
import createIntlMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';
import { recordExists } from '@/lib/server/record-exists';

const RECORD_PAGE = /^\/(?:sites\/([^/]+)(?:\/buildings\/([^/]+))?|projects\/([^/]+)(?:\/inspections\/([^/]+))?)\/?$/;
/** Signed-in areas: the staff workspace and the expert panels' review. */
const SIGNED_IN_AREA = /^\/(?:manage|review)(?:\/|$)/;
/** The workspace is Chinese only, outside the language routing. */
const WORKSPACE = /^\/(?:manage|review|login)(?:\/|$)/;
/** English pages carry a prefix; Chinese ones none (a /zh/… address is redirected to drop it). */
const ENGLISH = /^\/en(?=\/|$)/;
/** next-intl reads the request's language from this header when a page has not set it yet. */
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

const intl = createIntlMiddleware(routing);

/**
 * Three answers that must come before any byte of a page is sent:
 * - the staff workspace or the review area without a session cookie is a 307 to the sign-in page. This is
 *   convenience only: the services authorize every read and write themselves.
 * - a record page whose record does not exist, in either language, is a real 404. Next may answer a
 *   dynamic-slug page from a prerendered shell (status 200) and only then render notFound(); one
 *   indexed lookup here.
 * - every other public path goes to next-intl: /x is served as Chinese (internally /zh/x), /en/x as English.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_AREA.test(pathname)) {
    if (request.cookies.getAll().some((c) => c.name.endsWith('better-auth.session_token'))) return NextResponse.next();
    const login = new URL('/login', request.url);
    login.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(login, 307);
  }
  if (WORKSPACE.test(pathname)) return NextResponse.next();

  const locale = ENGLISH.test(pathname) ? 'en' : 'zh';
  const match = RECORD_PAGE.exec(pathname.replace(ENGLISH, ''));
  if (match) {
    const [, site, building, project, inspection] = match.map((part) => (part === undefined ? undefined : safeDecode(part)));
    if (!recordExists({ site, building, project, inspection })) {
      // A path no route matches: app/global-not-found.tsx answers 404 in the reader's language.
      const headers = new Headers(request.headers);
      headers.set(LOCALE_HEADER, locale);
      return NextResponse.rewrite(new URL(`/${locale}/_record-not-found`, request.url), { request: { headers } });
    }
  }
  return intl(request);
}

/** A malformed %-escape names no record. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '\u0000';
  }
}

/**
 * Everything but the API, Next's own files and the app's routes outside the languages (stored
 * files, feeds, robots.txt, sitemap.xml). Any other path, /favicon.ico included, goes through
 * next-intl, so a path that is no page becomes /zh/… or /en/… and a real 404 rather than
 * reaching [locale] with "favicon.ico" as its language. A new route at the app's root belongs here.
 */
export const config = {
  matcher: ['/((?!api/|_next/|_vercel|files/|feed\\.xml$|calendar\\.ics$|robots\\.txt$|sitemap\\.xml$|icon\\.svg$).*)'],
};
