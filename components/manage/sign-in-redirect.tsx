'use client';

import { redirect, usePathname } from 'next/navigation';

/**
 * Sends an anonymous visitor to the sign-in page and back to the page they asked for. A layout
 * does not know the URL it renders under; this client piece does. Under Cache Components the
 * response has already started, so the redirect reaches the browser in the page's data and is
 * followed by the router (a plain 307 needs proxy.ts).
 */
export function SignInRedirect(): never {
  const pathname = usePathname();
  redirect(`/login?next=${encodeURIComponent(pathname || '/manage')}`);
}
