import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { type DocumentNode, GraphQLError, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import { badUserInput, ErrorCode, type FieldProblem } from '../errors/errors.js';
import { PAGE_SIZE, type PageRequest, type PageSize } from '../pagination/page.args.js';
import { shapeOf } from './document-shape.js';
import { perDocument } from './per-document.js';
import { costOfOperation } from './measure.js';
import { coerceVariables, MAX_VARIABLE_DEPTH, tooDeep } from './variables.js';

/** The limits every operation must stay within; documented in the README. */
export const LIMITS = {
  /** Nested selections; introspection (`__schema`, `__type`) does not count. */
  depth: 10,
  /** Aliased fields, fragments expanded: aliases are how one request multiplies its work. */
  aliases: 30,
  /** Each field costs 1; a list field multiplies its selection by `first` (or its own bound). */
  cost: 20_000,
  /** Lexical tokens, enforced by the parser before any other work. */
  tokens: 5_000,
  /** Fragment definitions in one document, used or not. */
  fragments: 50,
  /** Fragment spreads, fragments expanded (one spreading another twice doubles them). */
  spreads: 500,
  /** Directives (`@include`, `@skip`), fragments expanded. */
  directives: 50,
  /** Fields, spreads and inline fragments, fragments expanded (the tools' introspection: 239). */
  selections: 1_000,
  /**
   * Selections merged into one selection set (Exercise has 38 fields): validation compares them
   * pairwise, 190 copies of `progressions { to { name slug summary } }` took 135 ms, 100 took 44.
   */
  width: 100,
} as const;

interface Rejection {
  code: ErrorCode;
  message: string;
}

/** Expanded counts can be astronomical (2^60): say so rather than print 1.15e+18. */
const count = (n: number) => (n < 1e15 ? String(Math.round(n)) : 'more than 10^15');

/**
 * The first limit a document's shape exceeds, or null. Needs no schema and no variables, so it
 * runs before validation (see limitsGate) as well as before execution.
 */
export function shapeRejection(document: DocumentNode): Rejection | null {
  const s = shapeOf(document);
  const over = (code: ErrorCode, n: number, limit: number, says: (n: string) => string) =>
    n > limit ? { code, message: `${says(count(n))}; the limit is ${limit}.` } : null;
  return (
    over(
      ErrorCode.TOO_MANY_FRAGMENTS,
      s.fragments,
      LIMITS.fragments,
      (n) => `The document defines ${n} fragments`,
    ) ??
    over(
      ErrorCode.TOO_MANY_FRAGMENTS,
      s.spreads,
      LIMITS.spreads,
      (n) => `The operation spreads fragments ${n} times once expanded`,
    ) ??
    over(
      ErrorCode.QUERY_TOO_DEEP,
      s.depth,
      LIMITS.depth,
      (n) => `The operation is ${n} levels deep`,
    ) ??
    over(
      ErrorCode.TOO_MANY_ALIASES,
      s.aliases,
      LIMITS.aliases,
      (n) => `The operation has ${n} aliases`,
    ) ??
    over(
      ErrorCode.QUERY_TOO_COMPLEX,
      s.directives,
      LIMITS.directives,
      (n) => `The operation has ${n} directives`,
    ) ??
    over(
      ErrorCode.QUERY_TOO_COMPLEX,
      s.selections,
      LIMITS.selections,
      (n) => `The operation has ${n} selections once its fragments are expanded`,
    ) ??
    over(
      ErrorCode.QUERY_TOO_COMPLEX,
      s.width,
      LIMITS.width,
      (n) => `A selection set holds ${n} selections once its fragments are merged`,
    )
  );
}

const graphqlError = ({ code, message }: Rejection) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

function invalid(problems: FieldProblem[]): GraphQLError {
  const error = badUserInput(problems);
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

/**
 * Express middleware on the GraphQL path, ahead of Apollo: parses the query (token-limited) and
 * rejects a document over a shape limit with 400 and a code before graphql-js validation runs.
 * Apollo's plugin hooks cannot reject a request before validation, and validation is not linear
 * (see document-shape.ts). Anything it cannot read it leaves to Apollo, which answers it.
 */
export function limitsGate() {
  // The apps send the same few documents again and again: a document's verdict is kept, by its
  // text, so it is parsed here once rather than on every request (Apollo parses it once too, in
  // its document store). Bounded by the total length of the texts kept.
  const verdicts = new LRUCache<string, { rejection: Rejection | null }>({
    maxSize: 4_000_000,
    sizeCalculation: (_verdict, query) => query.length + 100,
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const query: unknown =
      req.method === 'GET'
        ? req.query?.query
        : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    let verdict = verdicts.get(query);
    if (!verdict) {
      let document: DocumentNode;
      try {
        document = parse(query, { maxTokens: LIMITS.tokens, noLocation: true });
      } catch {
        return next();
      }
      verdict = { rejection: shapeRejection(document) };
      verdicts.set(query, verdict);
    }
    const rejection = verdict.rejection;
    if (!rejection) return next();
    res
      .status(400)
      .json({ errors: [{ message: rejection.message, extensions: { code: rejection.code } }] });
  };
}

/**
 * Before execution: the shape again (a persisted query arrives by hash, past the gate), then the
 * variables (nesting, then coercion: BAD_USER_INPUT naming each bad one), then the cost with the
 * variables' values. Over a limit: HTTP 400 with TOO_MANY_FRAGMENTS, QUERY_TOO_DEEP,
 * TOO_MANY_ALIASES or QUERY_TOO_COMPLEX. The shape depends on the document alone and is kept with
 * it (per-document.ts); what depends on the variables is measured on every request.
 */
export function limitsPlugin(): ApolloServerPlugin {
  const rejectionOf = perDocument(shapeRejection);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const rejection = rejectionOf(document);
          if (rejection) throw graphqlError(rejection);
          const inputs = request.variables ?? {};
          const deep = tooDeep(inputs);
          if (deep !== null) {
            throw invalid([
              { field: deep, message: `nests deeper than ${MAX_VARIABLE_DEPTH} levels` },
            ]);
          }
          const coerced = coerceVariables(schema, operation, inputs);
          if ('problems' in coerced) throw invalid(coerced.problems);
          let cost: number;
          try {
            cost = costOfOperation(schema, document, operation, coerced.values);
          } catch {
            // What cannot be measured is not run.
            cost = Infinity;
          }
          if (cost > LIMITS.cost) {
            throw graphqlError({
              code: ErrorCode.QUERY_TOO_COMPLEX,
              message: `The operation costs ${count(cost)}; the limit is ${LIMITS.cost}. Ask for fewer items (first) or fewer nested lists.`,
            });
          }
        },
      };
    },
  };
}

/**
 * The cost of a connection: its selection once per item a page may hold (`first` or `last`, else
 * the list's default size).
 */
export function pageCost(size: PageSize = PAGE_SIZE) {
  return {
    complexity: ({ args, childComplexity }: { args: PageRequest; childComplexity: number }) =>
      childComplexity * Number(args.first ?? args.last ?? size.default),
  };
}

/** The cost of a list field with no `first`: its selection as if it held `n` items. */
export function costsAs(n: number) {
  return {
    complexity: ({ childComplexity }: { childComplexity: number }) => childComplexity * n,
  };
}
