import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  visit,
} from 'graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

/** The limits every operation must stay within; documented in the README. */
export const LIMITS = {
  /** Nested selections; introspection (`__schema`, `__type`) does not count. */
  depth: 10,
  /** Aliased fields in one document: aliases are how one request multiplies its work. */
  aliases: 30,
  /** Each field costs 1; a list field multiplies its selection by `first` (or its own bound). */
  cost: 20_000,
  /** Lexical tokens, enforced by the parser before any other work. */
  tokens: 5_000,
} as const;

const reject = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Introspection is for tools: it is neither deep nor costly for our purposes. */
const introspectionIsFree: ComplexityEstimator = ({ type, field }) =>
  type.name.startsWith('__') || field.name.startsWith('__') ? 0 : undefined;

/**
 * Rejects an operation over a limit with HTTP 400 and a code (QUERY_TOO_DEEP,
 * TOO_MANY_ALIASES, QUERY_TOO_COMPLEX) before it executes.
 */
export function limitsPlugin(): ApolloServerPlugin {
  // Apollo keeps parsed documents in a store and hands the same object back for the same query
  // text, so a document's verdict (per set of variables, for the cost) is computed once.
  const checked = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const key = `${request.operationName ?? ''}:${JSON.stringify(request.variables ?? {})}`;
          if (checked.get(document)?.has(key)) return;
          const aliases = countAliases(document);
          if (aliases > LIMITS.aliases) {
            throw reject(
              'TOO_MANY_ALIASES',
              `The operation has ${aliases} aliases; the limit is ${LIMITS.aliases}.`,
            );
          }
          const depth = depthOf(operation?.selectionSet, fragmentsOf(document), new Set());
          if (depth > LIMITS.depth) {
            throw reject(
              'QUERY_TOO_DEEP',
              `The operation is ${depth} levels deep; the limit is ${LIMITS.depth}.`,
            );
          }
          const cost = costOf({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              introspectionIsFree,
              fieldExtensionsEstimator(),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > LIMITS.cost) {
            throw reject(
              'QUERY_TOO_COMPLEX',
              `The operation costs ${cost}; the limit is ${LIMITS.cost}. Ask for fewer items (first) or fewer nested lists.`,
            );
          }
          const passed = checked.get(document) ?? new Set<string>();
          // Bounded: a client varying its variables endlessly must not grow memory endlessly.
          if (passed.size < 1000) passed.add(key);
          checked.set(document, passed);
        },
      };
    },
  };
}

/**
 * The operation's cost, or 0 when its variables do not even coerce: execution then reports that
 * as the client's error (400), where a throw here would become a 500.
 */
function costOf(options: Parameters<typeof getComplexity>[0]): number {
  try {
    return getComplexity(options);
  } catch {
    return 0;
  }
}

function countAliases(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias) count++;
    },
  });
  return count;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Depth of a selection set, following fragments (a fragment cycle is a validation error). */
function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(
        deepest,
        selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** The cost of a list field with no `first`: its selection as if it held `n` items. */
export function costsAs(n: number) {
  return {
    complexity: ({ childComplexity }: { childComplexity: number }) => childComplexity * n,
  };
}
