import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.model.js';
import { badUserInput } from '../errors/errors.js';
import type { PageWindow } from './page.args.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T, E extends Edge<T> = Edge<T>> {
  edges: E[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client reads it (a getter): a page alone needs no count query. */
  readonly totalCount: Promise<number>;
}

/**
 * Builds the GraphQL types `<Name>Connection` and `<Name>Edge` for a node type; `name` when the
 * node's GraphQL name is not its class name.
 */
export function ConnectionType<T>(node: Type<T>, name: string = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor` })
  class EdgeType {
    @Field({ description: 'Where this item is in the list: pass it as after or before' })
    cursor: string;

    @Field(() => node, { description: 'The item' })
    node: T;
  }

  @ObjectType(`${name}Connection`, {
    isAbstract: true,
    description: `A page of ${name} items (Relay cursor connection)`,
  })
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: "The page's items with their cursors, in list order" })
    edges: Edge<T>[];

    @Field(() => [node], { description: 'The nodes of edges, for clients that need no cursors' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where the page starts and ends, and what lies beyond' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Matches across all pages (costs one more query)' })
    totalCount: Promise<number>;
  }
  return ConnectionClass as unknown as Type<Connection<T>>;
}

/** Cursors are opaque to clients: base64url of the list's name and the sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key inside a cursor, or null when the cursor was not made by us. */
export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) ? key : null;
  } catch {
    return null;
  }
}

/** Which argument a cursor came in. */
export type CursorArg = 'after' | 'before';

/** What the sort value of a list's cursor holds: a name, a time (ISO 8601, µs), a number from 1. */
export type SortValue = 'text' | 'timestamp' | 'integer';
/** What a list's ids are. */
export type IdValue = 'uuid' | 'bigint';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A positive bigint of at most 18 digits stays below int8's maximum (9.2e18). */
const BIGINT = /^[1-9][0-9]{0,17}$/;
/** What PostgreSQL's to_char writes for a keyset time (keyset-page.ts): UTC, microseconds. */
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** Integer sort values are versions and counts, whole numbers from 1: no row sorts by 0 or less. */
const INTEGER = /^[1-9][0-9]{0,8}$/;
/** Longer than any name a list sorts by. */
const MAX_SORT_TEXT = 500;
/** The deepest a ranked list pages; far beyond any library, and well inside int8. */
export const MAX_OFFSET = 1_000_000;

/**
 * The sort key `[value, id]` of a keyset cursor of the list `list`, or null without a cursor.
 * Everything in it is checked after decoding, since a client can base64 anything: the list's
 * name (a cursor of another list is refused, not read as a position in this one), the id of the
 * list's kind, the value of its kind (a time that parses, a text PostgreSQL accepts). Anything
 * else was not made by the list, and is the client's mistake, never a database error.
 */
export function cursorKey(
  cursor: string | null | undefined,
  arg: CursorArg,
  list: string,
  sortValue: SortValue,
  idValue: IdValue = 'uuid',
): [string, string] | null {
  if (!cursor) return null;
  const key = decodeCursor(cursor);
  if (
    !key ||
    key.length !== 3 ||
    key[0] !== list ||
    !key.every((part) => typeof part === 'string') ||
    !(idValue === 'uuid' ? UUID : BIGINT).test(key[2] as string) ||
    !validSortValue(key[1] as string, sortValue)
  ) {
    throw notACursor(arg);
  }
  return [key[1] as string, key[2] as string];
}

/** The position inside a ranked list's cursor (`[label, offset]`): the items before it. */
export function cursorOffset(cursor: string | null | undefined, arg: CursorArg, label: string) {
  if (!cursor) return null;
  const key = decodeCursor(cursor);
  const offset = key?.[1];
  if (
    key?.length !== 2 ||
    key[0] !== label ||
    typeof offset !== 'number' ||
    !Number.isSafeInteger(offset) ||
    offset < 1 ||
    offset > MAX_OFFSET
  ) {
    throw notACursor(arg, label);
  }
  return offset;
}

function validSortValue(value: string, kind: SortValue): boolean {
  if (value.includes('\0') || value.length > MAX_SORT_TEXT) return false;
  switch (kind) {
    case 'text':
      return true;
    case 'integer':
      return INTEGER.test(value);
    case 'timestamp': {
      if (!TIME.test(value)) return false;
      const time = new Date(value);
      return (
        !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 23) === value.slice(0, 23)
      );
    }
  }
}

export function notACursor(arg: CursorArg, what = 'list') {
  return badUserInput([{ field: arg, message: `${arg} is not a cursor returned by this ${what}` }]);
}

/** What lies beyond a page, asked of the database only when a client reads it. */
export interface Beyond {
  /** Whether items come before `after` (the `after` item included), in the whole list. */
  atOrBeforeAfter: () => Promise<boolean>;
  /** Whether items come after `before` (the `before` item included), in the whole list. */
  atOrAfterBefore: () => Promise<boolean>;
}

/**
 * Turns the rows fetched for a window (`size + 1` of them, in fetch order: backward for `last`)
 * into a page whose edges are in list order. The extra row only tells that more items lie on
 * the far side; what lies beyond a cursor is asked of `beyond` when a client reads it.
 */
export function toConnection<R, T, E extends Edge<T>>(
  rows: R[],
  window: PageWindow,
  count: () => Promise<number>,
  beyond: Beyond,
  edgeOf: (row: R) => E,
): Connection<T, E> {
  const more = rows.length > window.size;
  const kept = rows.slice(0, window.size);
  const edges = (window.backward ? kept.reverse() : kept).map(edgeOf);
  const previous = once(() =>
    window.backward && more ? true : window.after ? beyond.atOrBeforeAfter() : false,
  );
  const next = once(() =>
    !window.backward && more ? true : window.before ? beyond.atOrAfterBefore() : false,
  );
  return {
    edges,
    nodes: edges.map((e) => e.node),
    get totalCount() {
      return count();
    },
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      get hasPreviousPage() {
        return previous();
      },
      get hasNextPage() {
        return next();
      },
    },
  };
}

/** A function run at most once, its answer kept (a getter read twice asks the database once). */
export function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}
