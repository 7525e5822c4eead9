import type { Viewport } from 'next';

/** The viewport of every page; each of the two root layouts (public and workspace) exports it. */
export const siteViewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#7a2418' };
