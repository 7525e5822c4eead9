/** URL-safe, unique slugs (the API's rule: lower-case letters, digits and single hyphens, at most 80 characters). */

const MAX_BASE = 70;

/** `base`, or `base-2`, `base-3` … whichever is free; the result is added to `taken`. */
export function uniqueSlug(taken: Set<string>, base: string): string {
  let stem = base.length > MAX_BASE ? base.slice(0, MAX_BASE).replace(/-[^-]*$/, '') : base;
  stem = stem.replace(/^-+|-+$/g, '') || 'x';
  let slug = stem;
  for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
  taken.add(slug);
  return slug;
}

/** A slug cut to at most `max` characters at a hyphen, to leave room for what follows it. */
export function clip(slug: string, max: number): string {
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '');
}
