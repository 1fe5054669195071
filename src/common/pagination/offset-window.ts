import type { PageWindow } from './page.args.js';

/**
 * A ranked list's page by position (search: its order is a score, not a key). A cursor is the
 * 1-based position of its item. The page is the items `[from, to)`; the rows to fetch start one
 * before it and end one after, so that whether items lie on either side is known from the same
 * statement, whichever way the client pages.
 */
export interface OffsetPlan {
  /** The first item of the page (0-based). */
  from: number;
  /** One past the last item of the page. */
  to: number;
  /** Where the fetch starts: one before `from` when there is one. */
  offset: number;
  /** How many rows to fetch. */
  limit: number;
}

/**
 * The rows to fetch for `window`: `after` and `before` are the cursors' positions (null when
 * absent); `total` is needed only for `last` without `before` (the end of the list), and asked
 * for then only.
 */
export async function offsetPlan(
  window: PageWindow,
  after: number | null,
  before: number | null,
  total: () => Promise<number>,
): Promise<OffsetPlan> {
  const start = after ?? 0;
  const end = before !== null ? before - 1 : window.backward ? await total() : Infinity;
  const from = window.backward ? Math.max(start, end - window.size) : start;
  const to = Math.max(from, Math.min(from + window.size, end));
  const offset = Math.max(from - 1, 0);
  return { from, to, offset, limit: to - offset + 1 };
}

/** Splits fetched rows into the page and what lies beyond it. */
export function offsetSlice<R>(
  plan: OffsetPlan,
  rows: R[],
): { page: R[]; hasPreviousPage: boolean; hasNextPage: boolean } {
  const skip = plan.from - plan.offset;
  return {
    page: rows.slice(skip, skip + plan.to - plan.from),
    hasPreviousPage: plan.from > 0 && rows.length > 0,
    hasNextPage: rows.length > skip + plan.to - plan.from,
  };
}
