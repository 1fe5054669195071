import { fileURLToPath } from 'node:url';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** schema.gql at the top of the repository: the contract the clinic's apps code against. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.gql', import.meta.url));

export function printSchemaFile(schema: GraphQLSchema): string {
  return (
    '# Generated from the code by `npm run schema`; test/schema.e2e-spec.ts fails when it drifts.\n\n' +
    printSchema(lexicographicSortSchema(schema)) +
    '\n'
  );
}
