/**
 * Record pages are wholly static (ensureStatic = 'navigation'): each is rendered once, on its
 * first request, then served from memory until a write invalidates one of its cache tags. Next
 * needs one sample value per parameter to check that at build time; this one names no record
 * (slugs are lower-case words and ids positive numbers), so the build never opens the database.
 */
export const BUILD_SAMPLE = '_';

/** The record a page shows, or null for the build's sample (which renders the 404). */
export function unlessBuildSample<T>(values: string[], read: () => Promise<T | null>): Promise<T | null> {
  return values.includes(BUILD_SAMPLE) ? Promise.resolve(null) : read();
}
