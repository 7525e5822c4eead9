import { toNextJsHandler } from 'better-auth/next-js';
import { handleAuthRequest } from '@/lib/server/auth';

/** better-auth's own endpoints: sign-in/email, sign-out, get-session, … under /api/auth. */
export const { GET, POST } = toNextJsHandler(handleAuthRequest);
