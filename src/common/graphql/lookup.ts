import { badUserInput } from '../errors/errors.js';

/** What names one record: its id or its slug (a @oneOf input holds exactly one). */
export interface LookupKey {
  id?: string | null;
  slug?: string | null;
}

/**
 * The key of a lookup field (`exercise`, `programTemplate`): `by`, a @oneOf input, or for one
 * release the deprecated `id`/`slug` arguments. `legacy` says which: a lookup through `by` answers
 * null when nothing is found, the deprecated arguments keep answering NOT_FOUND until removed.
 */
export function lookupKey(args: { by?: LookupKey | null } & LookupKey): {
  key: LookupKey;
  legacy: boolean;
} {
  const legacy = !!args.id || !!args.slug;
  if (args.by && legacy) {
    throw badUserInput([{ field: 'by', message: 'give by only (id and slug are deprecated)' }]);
  }
  if (args.by) return { key: args.by, legacy: false };
  if (!args.id === !args.slug) {
    throw badUserInput([{ field: 'by', message: 'give by: { id } or by: { slug }' }]);
  }
  return { key: { id: args.id, slug: args.slug }, legacy: true };
}
