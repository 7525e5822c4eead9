'use client';

import { useState } from 'react';

/**
 * Ends the session through better-auth's POST /api/auth/sign-out, then goes to the home page.
 * The words come from the page (messages/zh.auth.json, `auth.logout`).
 */
export function LogoutButton({
  label,
  pendingLabel,
  failedLabel,
  className,
}: {
  label: string;
  pendingLabel: string;
  failedLabel: string;
  className?: string;
}) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function logout() {
    setPending(true);
    setFailed(false);
    try {
      const response = await fetch('/api/auth/sign-out', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        credentials: 'same-origin',
      });
      if (response.ok) {
        window.location.assign('/');
        return;
      }
    } catch {
      // shown below
    }
    setFailed(true);
    setPending(false);
  }

  return (
    <>
      <button type="button" className={className} onClick={logout} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      {failed && <span role="alert">{failedLabel}</span>}
    </>
  );
}
