/**
 * Slugs made from a name where the client leaves one out (program templates, exercises): lower-case
 * ASCII words joined by hyphens, at most 70 characters so that a `-2`, `-3`... still fits.
 */

/** `Runner's knee, phase 1` -> `runners-knee-phase-1`; `fallback` when nothing is left. */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** `base`, or the first of `base-2`, `base-3`... not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
