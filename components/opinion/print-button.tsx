'use client';

import { useEffect, useState } from 'react';

/**
 * A convenience once scripts run; without them the note beside it says how to print, so the page
 * needs no JavaScript to be printed.
 */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
