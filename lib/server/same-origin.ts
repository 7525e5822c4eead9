import 'server-only';
import { publicBaseUrl } from '@/lib/i18n/public-url';
import { CrossOriginError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The origin this request was sent to, as the browser names it: the scheme the client used (a
 * trusted proxy says https in X-Forwarded-Proto; scripts/serve.ts drops it from anyone else) and the host.
 */
function servedOrigin(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded === 'https' || forwarded === 'http' ? `${forwarded}:` : new URL(request.url).protocol;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  return `${scheme}//${host}`;
}

/**
 * Refuses a write sent by a page of another site. A browser attaches the session cookie to such a
 * request (a form post, a no-cors fetch) and names the page's origin; SameSite=Lax cookies already
 * stop most of these, and this stops the rest, such as a form posted from a sibling subdomain.
 * A request with no Origin comes from no browser page (curl, a script, the CLI) and is allowed:
 * it carries only the credentials its sender chose to attach.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') throw new CrossOriginError();
  const origin = request.headers.get('origin');
  if (origin === null) return;
  if (origin === servedOrigin(request) || origin === new URL(publicBaseUrl()).origin) return;
  // Anything else: another host, the same host over another scheme, "null" (a sandboxed frame, a file).
  throw new CrossOriginError();
}
