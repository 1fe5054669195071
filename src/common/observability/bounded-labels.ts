/**
 * Label values chosen by clients (GraphQL operation names) would let anyone grow the metrics
 * without bound: every new value is a new time series, kept for the life of the process. The
 * first `limit` distinct values keep their own series (an app sends a fixed set of names, seen
 * within minutes of a start); any later one is counted under `overflow`.
 */
export class BoundedLabels {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly overflow: string,
  ) {}

  label(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return this.overflow;
    this.seen.add(value);
    return value;
  }
}

/** A GraphQL name as the spec defines it, at a length a person would write. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** Groups that are never an operation's own name (parentheses cannot start a GraphQL name). */
export const OPERATION = {
  /** A document with no name (`{ exercises { … } }`). */
  anonymous: '(anonymous)',
  /** A request that never got as far as an operation: unparsable, invalid, refused early. */
  invalid: '(invalid)',
  /** Past the limit of distinct names. */
  other: '(other)',
} as const;

/** The operation name a client sent, when it is a GraphQL name at all; null otherwise. */
export function operationName(sent: unknown): string | null {
  return typeof sent === 'string' && GRAPHQL_NAME.test(sent) ? sent : null;
}
