import 'server-only';
import { USER_ROLES } from '@/lib/domain/codes';
import { auth } from './auth';

/** Who is acting: a signed-in, enabled user with one of our roles. Anonymous is null. */
export type Actor = { id: string; name: string; email: string; role: 'admin' | 'staff' | 'expert' };

function isRole(role: unknown): role is Actor['role'] {
  return typeof role === 'string' && (USER_ROLES as readonly string[]).includes(role);
}

/**
 * The actor behind a request, from its session cookie; null when there is no valid session, the
 * account is disabled, or it has no role of ours. Services call it with `request.headers`.
 */
export async function currentActor(headers: Headers): Promise<Actor | null> {
  // Anonymous readers are most requests: no cookie, no database work.
  if (!headers.get('cookie')?.includes('better-auth.session_token=')) return null;
  const source = new Headers(headers);
  // The base URL is resolved from the host; a session lookup does not depend on it.
  if (!source.has('host')) source.set('host', 'localhost');
  const found = await auth.api.getSession({ headers: source });
  if (!found) return null;
  const { user } = found;
  const disabled = user.banned === true && (!user.banExpires || new Date(user.banExpires).getTime() > Date.now());
  if (disabled || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
