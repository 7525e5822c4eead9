/**
 * Cache tags of the public read models. A read tags itself with every record it shows;
 * a write invalidates the tags of the records it changed, so the next request is fresh.
 */
export const cacheTags = {
  sites: 'sites',
  projects: 'projects',
  site: (id: number) => `site:${id}`,
  building: (id: number) => `building:${id}`,
  project: (id: number) => `project:${id}`,
} as const;
