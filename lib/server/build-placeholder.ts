/**
 * Real records stay out of the build. Each [slug] route is prerendered for this one value,
 * which no record can have (slugs are lowercase words), and renders notFound(); real pages
 * render on their first request after a start and are then served from the cache until a
 * write revalidates their tags. See DESIGN.md, "Tried on this kind of machine".
 */
export const BUILD_PLACEHOLDER = '_';

export function isBuildPlaceholder(...values: string[]): boolean {
  return values.includes(BUILD_PLACEHOLDER);
}
