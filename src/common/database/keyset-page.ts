import type { GraphQLError } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  type Beyond,
  type Connection,
  cursorKey,
  encodeCursor,
  type IdValue,
  notACursor,
  once,
  type SortValue,
  toConnection,
} from '../pagination/connection.js';
import {
  PAGE_SIZE,
  type PageRequest,
  type PageSize,
  type PageWindow,
  pageWindow,
} from '../pagination/page.args.js';

/** How a list is sorted: one sort value, the id breaking ties so that cursors are stable. */
export interface KeysetOrder {
  /** The list's name, written into its cursors: a cursor of another list is refused. */
  list: string;
  /** SQL of the sort value, e.g. `t.name COLLATE "C"` or `h.issued_at`. */
  sort: string;
  /** SQL of the id column, e.g. `t.id`. */
  id: string;
  direction: 'ASC' | 'DESC';
  /** What the cursor's sort value holds, checked when decoding it. */
  sortValue: SortValue;
  /** What the ids are (uuid unless said). */
  idValue?: IdValue;
}

/**
 * The cursor's sort value as the database has it, as text: a time with its microseconds (a JS
 * Date keeps milliseconds, and a cursor rounded down would skip rows within the millisecond).
 * The format is a parameter, and casts are CAST(): TypeORM reads `:name` anywhere in the SQL as a
 * parameter, so `::text` would become the filter's `:text`.
 */
function sortText(order: KeysetOrder): string {
  return order.sortValue === 'timestamp'
    ? `to_char(${order.sort} AT TIME ZONE 'UTC', :keyset_time_format)`
    : `CAST(${order.sort} AS text)`;
}
const TIME_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

const SQL_TYPE: Record<SortValue, string> = {
  text: 'text',
  timestamp: 'timestamptz',
  integer: 'int',
};

/**
 * `(sort, id)` beyond `key` in the list's order, as a condition: on `side` 'after' the rows that
 * follow the key, on 'before' those that precede it; `inclusive` takes the key's row too.
 */
function beyondKey<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  key: [string, string],
  side: 'after' | 'before',
  inclusive = false,
): void {
  const name = `keyset_${side}${inclusive ? '_incl' : ''}`;
  const ascending = (side === 'after') === (order.direction === 'ASC');
  const op = `${ascending ? '>' : '<'}${inclusive ? '=' : ''}`;
  const collate = /COLLATE "C"$/.test(order.sort) ? ' COLLATE "C"' : '';
  const sort = `CAST(:${name}_sort AS ${SQL_TYPE[order.sortValue]})${collate}`;
  const id = `CAST(:${name}_id AS ${order.idValue ?? 'uuid'})`;
  query.andWhere(`(${order.sort}, ${order.id}) ${op} (${sort}, ${id})`, {
    [`${name}_sort`]: key[0],
    [`${name}_id`]: key[1],
  });
}

/** Whether any row of `base` lies beyond `key` (its own row included). */
async function anyBeyond<T extends ObjectLiteral>(
  base: SelectQueryBuilder<T>,
  order: KeysetOrder,
  key: [string, string],
  side: 'after' | 'before',
): Promise<boolean> {
  const query = base.clone();
  beyondKey(query, order, key, side, true);
  return (await query.select('1', 'one').limit(1).getRawOne()) !== undefined;
}

function beyondOf<T extends ObjectLiteral>(
  base: SelectQueryBuilder<T>,
  order: KeysetOrder,
  after: [string, string] | null,
  before: [string, string] | null,
): Beyond {
  return {
    atOrBeforeAfter: () =>
      after ? anyBeyond(base, order, after, 'before') : Promise.resolve(false),
    atOrAfterBefore: () =>
      before ? anyBeyond(base, order, before, 'after') : Promise.resolve(false),
  };
}

/**
 * How a list reads its rows without hydrating entities: `select` builds each row as one JSON
 * object in the database (e.g. json_build_object of the selected columns) and `map` makes the
 * node from it. TypeORM's hydration costs more than the query on a page of 50 plain rows.
 */
export interface JsonRows<T> {
  select: string;
  map: (row: Record<string, unknown>) => T;
}

interface KeyedRow<T> {
  entity: T;
  sort: string;
  id: string;
  parent?: string;
}

/**
 * Narrows `query` to the window (after and before its cursors), orders it the way the window
 * reads (backward for `last`) and selects each row's key as text beside it.
 */
function windowed<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  window: PageWindow,
  after: [string, string] | null,
  before: [string, string] | null,
): 'ASC' | 'DESC' {
  if (after) beyondKey(query, order, after, 'after');
  if (before) beyondKey(query, order, before, 'before');
  const flip = order.direction === 'ASC' ? 'DESC' : 'ASC';
  return window.backward ? flip : order.direction;
}

async function keyedRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  parent?: string,
  json?: JsonRows<T>,
): Promise<KeyedRow<T>[]> {
  if (json) query.select(json.select, 'keyset_row');
  query
    .addSelect(sortText(order), 'keyset_sort')
    .addSelect(`CAST(${order.id} AS text)`, 'keyset_id')
    .setParameter('keyset_time_format', TIME_FORMAT);
  if (parent) query.addSelect(`CAST(${parent} AS text)`, 'keyset_parent');
  if (json) {
    const rows = await query.getRawMany<{
      keyset_row: Record<string, unknown>;
      keyset_sort: string;
      keyset_id: string;
      keyset_parent?: string;
    }>();
    return rows.map((row) => ({
      entity: json.map(row.keyset_row),
      sort: row.keyset_sort,
      id: row.keyset_id,
      parent: row.keyset_parent,
    }));
  }
  const { entities, raw } = await query.getRawAndEntities<{
    keyset_sort: string;
    keyset_id: string;
    keyset_parent?: string;
  }>();
  // One raw row per entity, in the same order: these queries join nothing.
  return entities.map((entity, i) => ({
    entity,
    sort: raw[i].keyset_sort,
    id: raw[i].keyset_id,
    parent: raw[i].keyset_parent,
  }));
}

/**
 * One page of `query` by keyset: `(sort, id) > (after)` uses the index and costs the same on
 * page 1 and page 1,000, unlike OFFSET. `first`/`after` read forward, `last`/`before` backward
 * (edges still in the list's order). Fetches `size + 1` rows to know whether more lie on the far
 * side; the total, and whether items lie beyond a cursor, are asked only when a client reads them.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  page: PageRequest,
  size: PageSize = PAGE_SIZE,
  json?: JsonRows<T>,
): Promise<Connection<T>> {
  const window = pageWindow(page, size);
  const after = cursorKey(window.after, 'after', order.list, order.sortValue, order.idValue);
  const before = cursorKey(window.before, 'before', order.list, order.sortValue, order.idValue);
  const base = query.clone();
  const direction = windowed(query, order, window, after, before);
  query
    .orderBy(order.sort, direction)
    .addOrderBy(order.id, direction)
    .limit(window.size + 1);
  const rows = await keyedRows(query, order, undefined, json);
  return toConnection(
    rows,
    window,
    () => base.getCount(),
    beyondOf(base, order, after, before),
    // Made when read: a page asked for by `nodes` alone encodes none of its 50 cursors.
    (row) => ({
      node: row.entity,
      get cursor() {
        return encodeCursor([order.list, row.sort, row.id]);
      },
    }),
  );
}

/** The parent rows of a list that belongs to each of them (an exercise's revisions). */
export interface KeysetParent {
  /** SQL of the column naming the parent, e.g. `r.exercise_id`. */
  column: string;
  ids: readonly string[];
}

/**
 * The same page of the lists of several parents in one statement (for a DataLoader: a page of
 * exercises each with its revisions costs one query, not one per exercise). Each parent's list
 * has its own cursors, named `<list>:<parent id>`, so a cursor of one parent's list is refused by
 * another's; with a cursor only its own parent gets a page, the others that error. Answers in the
 * order of `parent.ids`.
 */
export async function keysetPages<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  parent: KeysetParent,
  page: PageRequest,
  size: PageSize = PAGE_SIZE,
): Promise<(Connection<T> | GraphQLError)[]> {
  const window = pageWindow(page, size);
  const results = new Map<string, Connection<T> | GraphQLError>();
  const keys = { after: null as [string, string] | null, before: null as [string, string] | null };
  for (const arg of ['after', 'before'] as const) {
    const cursor = window[arg];
    if (!cursor) continue;
    // The cursor must be of one of these parents' lists; the others cannot use it.
    const owner = parent.ids.find((id) => {
      try {
        return cursorKey(cursor, arg, `${order.list}:${id}`, order.sortValue, order.idValue);
      } catch {
        return false;
      }
    });
    if (!owner) throw notACursor(arg);
    keys[arg] = cursorKey(cursor, arg, `${order.list}:${owner}`, order.sortValue, order.idValue);
    for (const id of parent.ids) if (id !== owner) results.set(id, notACursor(arg));
  }
  const ids = parent.ids.filter((id) => !results.has(id));
  if (ids.length === 0) return parent.ids.map((id) => results.get(id)!);

  const base = query.clone().andWhere(`${parent.column} = ANY(:keyset_parents)`, {
    keyset_parents: ids,
  });
  const ranked = base.clone();
  const direction = windowed(ranked, order, window, keys.after, keys.before);
  ranked
    .select(order.id, 'keyset_ranked_id')
    .addSelect(
      `row_number() OVER (PARTITION BY ${parent.column} ORDER BY ${order.sort} ${direction}, ${order.id} ${direction})`,
      'keyset_rank',
    );
  const rowsQuery = base
    .clone()
    .andWhere(
      `${order.id} IN (SELECT keyset_ranked_id FROM (${ranked.getQuery()}) keyset_ranked WHERE keyset_rank <= :keyset_limit)`,
    )
    .setParameters(ranked.getParameters())
    .setParameter('keyset_limit', window.size + 1)
    .orderBy(parent.column)
    .addOrderBy(order.sort, direction)
    .addOrderBy(order.id, direction);
  const rows = await keyedRows(rowsQuery, order, parent.column);

  const counts = once(async () => {
    const found = await base
      .clone()
      .select(`CAST(${parent.column} AS text)`, 'parent')
      .addSelect('CAST(count(*) AS int)', 'n')
      .groupBy(parent.column)
      .getRawMany<{ parent: string; n: number }>();
    return new Map(found.map((r) => [r.parent, r.n]));
  });
  for (const id of ids) {
    const own = query.clone().andWhere(`${parent.column} = :keyset_parent`, { keyset_parent: id });
    results.set(
      id,
      toConnection(
        rows.filter((r) => r.parent === id),
        window,
        async () => (await counts()).get(id) ?? 0,
        beyondOf(own, order, keys.after, keys.before),
        (row) => ({
          node: row.entity,
          cursor: encodeCursor([`${order.list}:${id}`, row.sort, row.id]),
        }),
      ),
    );
  }
  return parent.ids.map((id) => results.get(id)!);
}
