import type { ExerciseFilter, ExerciseStatus } from '../../gql/graphql';
import { type EnumName, isValueOf } from '../vocabulary/vocabulary';

/**
 * The exercise list's whole state, kept in the URL so a search can be shared and survives a
 * reload: the words, every facet filter, and the page (a cursor with its page number). Values a
 * hand-edited URL gets wrong are dropped rather than sent.
 */
export const FACETS = [
  { key: 'planes', enum: 'Plane', filter: 'planesAny' },
  { key: 'stance', enum: 'Stance', filter: 'stance' },
  { key: 'position', enum: 'BodyPosition', filter: 'position' },
  { key: 'tempoIntent', enum: 'TempoIntent', filter: 'tempoIntent' },
  { key: 'loadKind', enum: 'LoadKind', filter: 'loadKind' },
  { key: 'equipment', enum: 'Equipment', filter: 'equipment' },
  { key: 'region', enum: 'BodyRegion', filter: 'region' },
  { key: 'focus', enum: 'RunningFocus', filter: 'focus' },
] as const satisfies readonly { key: string; enum: EnumName; filter: keyof ExerciseFilter }[];

export type FacetKey = (typeof FACETS)[number]['key'];

export type ListSearch = Partial<Record<FacetKey | 'status', string[]>> & {
  q?: string;
  dmin?: number;
  dmax?: number;
  after?: string;
  before?: string;
  page?: number;
};

/** Everything but archived, so the counts and the list agree for a clinician. */
const DEFAULT_STATUS: ExerciseStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'];
export const PAGE_SIZE = 20;

function list(raw: unknown, name: EnumName): string[] | undefined {
  const parts: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  const values = parts.filter((v): v is string => typeof v === 'string' && isValueOf(name, v));
  return values.length ? [...new Set(values)] : undefined;
}

function int(raw: unknown, min: number, max: number): number | undefined {
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

export function validateListSearch(raw: Record<string, unknown>): ListSearch {
  const search: ListSearch = {};
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 200) : '';
  if (q) search.q = q;
  for (const facet of FACETS) {
    const values = list(raw[facet.key], facet.enum);
    if (values) search[facet.key] = values;
  }
  const status = list(raw.status, 'ExerciseStatus');
  if (status) search.status = status;
  search.dmin = int(raw.dmin, 1, 5);
  search.dmax = int(raw.dmax, 1, 5);
  if (typeof raw.after === 'string' && raw.after) search.after = raw.after;
  else if (typeof raw.before === 'string' && raw.before) search.before = raw.before;
  search.page = search.after || search.before ? int(raw.page, 2, 100_000) : undefined;
  return Object.fromEntries(
    Object.entries(search).filter(([, v]) => v !== undefined),
  ) as ListSearch;
}

/** The API's filter for a list state. */
export function filterOf(search: ListSearch): ExerciseFilter {
  const filter: ExerciseFilter = {
    status: (search.status as ExerciseStatus[] | undefined) ?? DEFAULT_STATUS,
  };
  for (const facet of FACETS) {
    const values = search[facet.key];
    if (values) Object.assign(filter, { [facet.filter]: values });
  }
  if (search.dmin) filter.difficultyMin = search.dmin;
  if (search.dmax) filter.difficultyMax = search.dmax;
  return filter;
}

/** A state with the filters changed: back to the first page, since the cursors no longer apply. */
export function withFilters(search: ListSearch, change: Partial<ListSearch>): ListSearch {
  return { ...search, ...change, after: undefined, before: undefined, page: undefined };
}
