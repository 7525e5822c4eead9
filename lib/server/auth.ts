import 'server-only';
import { loadAuthSecret } from '@/db/auth-secret';
import { getDb } from '@/db/client';
import { databasePath } from '@/db/open';
import { type Auth, createAuth } from '@/lib/auth/create-auth';
import { cameOverHttps } from '@/lib/http/security-headers';

/**
 * The server's one better-auth instance, built on first use: importing this module opens no
 * database and reads no secret, so `next build` never creates the database file. The global
 * survives module reloads in development, like the connection in db/client.ts.
 */
const globalForAuth = globalThis as unknown as { heritageAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.heritageAuth ??= createAuth({ db: getDb(), secret: loadAuthSecret(databasePath()) });
  return globalForAuth.heritageAuth;
}

/** `auth.api.getSession(...)`, `auth.handler(request)`, …: the instance of getAuth(), resolved on first property access. */
export const auth: Auth = new Proxy({} as Auth, {
  get: (_target, property) => Reflect.get(getAuth(), property),
  has: (_target, property) => Reflect.has(getAuth(), property),
});

/**
 * better-auth's handler, with two answers made standard: its own rate limiter replies 429 with
 * only `X-Retry-After`, so `Retry-After` is added; and cookies are marked Secure when the request
 * came over HTTPS (directly or through a proxy that says so), never on plain http://localhost.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await getAuth().handler(request);
  } catch (error) {
    // A configuration fault, e.g. served at a host that is not loopback without BETTER_AUTH_URL.
    if (!(error instanceof Error && error.name === 'BetterAuthError')) throw error;
    console.error(JSON.stringify({ level: 'error', error: `auth: ${error.message} (set BETTER_AUTH_URL to this site's public address)` }));
    return Response.json({ code: 'AUTH_NOT_CONFIGURED', message: 'Sign-in is not configured for this address.' }, { status: 500 });
  }
  const retryAfter = response.headers.get('x-retry-after');
  const addRetryAfter = response.status === 429 && retryAfter !== null && !response.headers.has('retry-after');
  const cookies = response.headers.getSetCookie();
  const addSecure =
    cameOverHttps(Object.fromEntries(request.headers), new URL(request.url).protocol === 'https:') &&
    cookies.some((cookie) => !/;\s*secure\b/i.test(cookie));
  if (!addRetryAfter && !addSecure) return response;

  const headers = new Headers(response.headers);
  if (addRetryAfter) headers.set('Retry-After', retryAfter);
  if (addSecure) {
    headers.delete('set-cookie');
    for (const cookie of cookies) headers.append('set-cookie', /;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
