import { fileURLToPath } from 'node:url';
import {
  buildASTSchema,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  parse,
  printSchema,
  visit,
} from 'graphql';

/** schema.gql at the top of the repository: the contract the clinic's apps code against. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.gql', import.meta.url));

export function printSchemaFile(schema: GraphQLSchema): string {
  return (
    '# Generated from the code by `npm run schema`; test/service.e2e-spec.ts fails when it drifts.\n\n' +
    printSchema(buildASTSchema(sortedByName(parse(printSchema(schema))))) +
    '\n'
  );
}

type Named = { readonly name: { readonly value: string } };
// By code point, as graphql-js sorts: the same order on every machine, whatever its locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = <T extends Named>(nodes: readonly T[] | undefined) =>
  nodes && [...nodes].sort((a, b) => compare(a.name.value, b.name.value));

/**
 * Types, fields, arguments and input fields by name, so the file does not depend on the order
 * in which the code's modules load (which decides the order of Query's fields, say), and a diff
 * shows only what changed. Enum values keep the order of their TypeScript enum: that order means
 * something (band colours lightest to heaviest, statuses in workflow order, HIGH before LOW),
 * which graphql-js's lexicographicSortSchema would lose.
 */
function sortedByName(document: DocumentNode): DocumentNode {
  const definitions = [...document.definitions].sort((a, b) => compare(nameOf(a), nameOf(b)));
  return visit(
    { ...document, definitions },
    {
      [Kind.OBJECT_TYPE_DEFINITION]: (node) => ({
        ...node,
        fields: byName(node.fields),
        interfaces: byName(node.interfaces),
      }),
      [Kind.INTERFACE_TYPE_DEFINITION]: (node) => ({
        ...node,
        fields: byName(node.fields),
        interfaces: byName(node.interfaces),
      }),
      [Kind.INPUT_OBJECT_TYPE_DEFINITION]: (node) => ({ ...node, fields: byName(node.fields) }),
      [Kind.UNION_TYPE_DEFINITION]: (node) => ({ ...node, types: byName(node.types) }),
      [Kind.FIELD_DEFINITION]: (node) => ({ ...node, arguments: byName(node.arguments) }),
      [Kind.DIRECTIVE_DEFINITION]: (node) => ({ ...node, arguments: byName(node.arguments) }),
    },
  );
}

function nameOf(node: DocumentNode['definitions'][number]): string {
  return 'name' in node && node.name ? node.name.value : '';
}
