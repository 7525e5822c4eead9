import type { Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#7a2418' };

/**
 * Every page shows live records, so the app prerenders no shell: pages render whole at request
 * time (complete without JavaScript, no content streamed into a prerendered frame), while the
 * reads behind them are cached per record and revalidated by writes.
 */
export const instant = false;

/**
 * The document itself (<html lang>, header, footer) belongs to the two layouts below this one:
 * app/[locale]/layout.tsx for the public pages in either language, app/(workspace)/layout.tsx
 * for the Chinese staff and expert workspace. This one only makes rendering request-time.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
