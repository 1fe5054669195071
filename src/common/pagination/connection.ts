import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.model.js';
import { badUserInput } from '../errors/errors.js';

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

/** Builds the GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} of a page, with its cursor` })
  class EdgeType {
    @Field({ description: 'Pass it as `after` to get the items that follow this one' })
    cursor: string;

    @Field(() => node, { description: `The ${node.name}` })
    node: T;
  }

  @ObjectType(`${node.name}Connection`, {
    isAbstract: true,
    description: `A page of ${node.name} items`,
  })
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of the page with their cursors, in order' })
    edges: Edge<T>[];

    @Field(() => [node], { description: 'The nodes of edges, for clients that need no cursors' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Whether more items follow, and how to get them' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Matches across all pages (costs one more query)' })
    totalCount: Promise<number>;
  }
  return ConnectionClass as unknown as Type<Connection<T>>;
}

/** Cursors are opaque to clients: base64url of the sort key. */
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

/** What the sort value of a list's cursor holds: a name, or a time (ISO 8601). */
export type SortValue = 'text' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer than any name a list sorts by. */
const MAX_SORT_TEXT = 500;
/** The deepest a ranked list pages; far beyond any library, and well inside int8. */
export const MAX_OFFSET = 1_000_000;

/**
 * The sort key of a list's `after`: a sort value and the id, or null without one. Everything in
 * it is checked after decoding, since a client can base64 anything: the id a UUID, the value of
 * the list's kind (a time that parses, a text PostgreSQL accepts). Anything else was not made by
 * the list, and is the client's mistake, never a database error.
 */
export function afterKey(
  after: string | null | undefined,
  sortValue: SortValue = 'text',
): [string, string] | null {
  if (!after) return null;
  const key = decodeCursor(after);
  if (
    !key ||
    key.length !== 2 ||
    !key.every((part) => typeof part === 'string') ||
    !UUID.test(key[1] as string) ||
    !validSortValue(key[0] as string, sortValue)
  ) {
    throw notACursor('list');
  }
  return key as [string, string];
}

/** The position inside a ranked list's cursor (`[label, offset]`). */
export function afterOffset(after: string | null | undefined, label: string): number {
  if (!after) return 0;
  const key = decodeCursor(after);
  const offset = key?.[1];
  if (
    key?.length !== 2 ||
    key[0] !== label ||
    typeof offset !== 'number' ||
    !Number.isSafeInteger(offset) ||
    offset < 0 ||
    offset > MAX_OFFSET
  ) {
    throw notACursor(label);
  }
  return offset;
}

function validSortValue(value: string, kind: SortValue): boolean {
  if (value.includes('\0') || value.length > MAX_SORT_TEXT) return false;
  if (kind === 'text') return true;
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString() === value;
}

function notACursor(list: string) {
  return badUserInput([
    { field: 'after', message: `after is not a cursor returned by this ${list}` },
  ]);
}

/**
 * Turns `first + 1` fetched rows into a page (the extra row only tells there is a next page);
 * `edgeOf` makes each edge with its cursor.
 */
export function toConnection<R, T, E extends Edge<T>>(
  rows: R[],
  first: number,
  count: () => Promise<number>,
  edgeOf: (row: R, index: number) => E,
): Connection<T, E> {
  const edges = rows.slice(0, first).map(edgeOf);
  return {
    edges,
    nodes: edges.map((e) => e.node),
    get totalCount() {
      return count();
    },
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
