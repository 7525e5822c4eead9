const createNextIntlPlugin = require('next-intl/plugin');

// next-intl's per-request configuration (locale, messages) for Server Components.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages read SQLite through 'use cache' functions tagged per record, so every
  // read makes an explicit freshness decision (DESIGN.md rule 5).
  cacheComponents: true,
  partialPrefetching: true,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // scripts/serve.ts compresses: it must read an HTML page's scripts before the bytes are compressed.
  compress: false,
  // Each of the two in-memory caches (rendered pages; 'use cache' reads) holds this much, least
  // recently used dropped first: with a national-scale register, the pages people read stay hot and
  // the server's memory stays bounded (bench: RSS after 2,000 distinct project pages).
  cacheMaxMemorySize: 32 * 1024 * 1024,
  experimental: {
    // Two root layouts (app/[locale] and app/(workspace)): a URL outside both gets app/global-not-found.tsx.
    globalNotFound: true,
    // Rendered public pages stay in this process's memory (the LRU of cacheMaxMemorySize), never
    // in .next on disk: a page is only as fresh as the tags this process has seen
    // invalidated, so a page written by another server or an earlier run (another database, a
    // restore) must never be served.
    isrFlushToDisk: false,
  },
  typedRoutes: false,
  // Photos get their sizes at upload (lib/server/files.ts); Next's image endpoint would be one more
  // way to fetch and transform files that nothing here uses.
  images: { unoptimized: true },
};

module.exports = withNextIntl(nextConfig);
