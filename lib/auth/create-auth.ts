/**
 * The better-auth configuration, as a factory over an open database. The server builds its one
 * instance from it in lib/server/auth.ts (lazily, so the build opens no database); the command-line
 * scripts build their own, which is why nothing here may import 'server-only'.
 */

import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { betterAuth } from 'better-auth/minimal';
import { createAccessControl } from 'better-auth/plugins/access';
import { admin } from 'better-auth/plugins/admin';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
import type { Db } from '../../db/open';
import { account, rateLimit, session, user, verification } from '../../db/schema';
import { accountLimitKey, clearAttempts, consumeAttempt, SIGN_IN_LIMITS } from './sign-in-limits';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * Hosts served without configuration: loopback on any port (dev on localhost:3000, the e2e suite
 * on 127.0.0.1:3100). Anywhere else, set BETTER_AUTH_URL to the public address.
 */
export const LOOPBACK_HOSTS = ['localhost:*', '127.0.0.1:*', '[::1]:*', 'localhost', '127.0.0.1', '[::1]'];

/**
 * The admin plugin's HTTP endpoints would be a second way to change accounts, one that skips our
 * services and the audit trail; accounts change through /api/v1 and the CLI instead. Users may not
 * edit or delete their own account record either (their name is printed on signed opinions).
 */
const DISABLED_PATHS = [
  '/admin/set-role',
  '/admin/get-user',
  '/admin/create-user',
  '/admin/update-user',
  '/admin/list-users',
  '/admin/list-user-sessions',
  '/admin/unban-user',
  '/admin/ban-user',
  '/admin/impersonate-user',
  '/admin/stop-impersonating',
  '/admin/revoke-user-session',
  '/admin/revoke-user-sessions',
  '/admin/remove-user',
  '/admin/set-user-password',
  '/admin/has-permission',
  '/update-user',
  '/change-email',
  '/delete-user',
];

const ac = createAccessControl(defaultStatements);
/** admin manages users; staff and experts get their rights from our services, none from the plugin. */
export const authRoles = {
  admin: adminAc,
  staff: ac.newRole({ user: [], session: [] }),
  expert: ac.newRole({ user: [], session: [] }),
};

export interface AuthSettings {
  db: Db;
  secret: string;
  /** A fixed public address; when absent, BETTER_AUTH_URL, else the request's own loopback host. */
  baseURL?: string;
}

export function createAuth({ db, secret, baseURL = process.env.BETTER_AUTH_URL || undefined }: AuthSettings) {
  return betterAuth({
    appName: '文物保护工程档案',
    secret,
    baseURL: baseURL ?? { allowedHosts: LOOPBACK_HOSTS, protocol: 'auto' },
    database: drizzleAdapter(db, { provider: 'sqlite', schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: {
      enabled: true,
      // No public sign-up: accounts come from `npm run user:add` and from administrators.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    rateLimit: {
      // Also in development, so what the tests prove is what runs.
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': SIGN_IN_LIMITS.perAddress },
    },
    disabledPaths: DISABLED_PATHS,
    advanced: {
      // A dynamic base URL would make every cookie Secure in production, even on plain http://127.0.0.1;
      // lib/server/auth.ts marks them Secure per request instead, when the request came over HTTPS.
      useSecureCookies: baseURL ? baseURL.startsWith('https://') : false,
    },
    telemetry: { enabled: false },
    // Its warnings are one per failed sign-in ("User not found", "Invalid password") and name nobody.
    logger: { level: 'error' },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = (ctx.body as { email?: unknown } | undefined)?.email;
        if (typeof email !== 'string') return; // the endpoint itself refuses the body
        const decision = consumeAttempt(db, accountLimitKey(email), SIGN_IN_LIMITS.perAccount);
        if (decision.allowed) return;
        const seconds = String(decision.retryAfter);
        throw new APIError(
          'TOO_MANY_REQUESTS',
          { code: 'TOO_MANY_ATTEMPTS', message: 'Too many sign-in attempts for this account. Please try again later.' },
          { 'Retry-After': seconds, 'X-Retry-After': seconds },
        );
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email' || isAPIError(ctx.context.returned)) return;
        const email = (ctx.body as { email?: unknown } | undefined)?.email;
        if (typeof email === 'string') clearAttempts(db, accountLimitKey(email));
      }),
    },
    plugins: [
      admin({
        ac,
        roles: authRoles,
        adminRoles: ['admin'],
        bannedUserMessage: 'This account has been disabled.',
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
