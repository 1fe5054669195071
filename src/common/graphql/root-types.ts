import type { GraphQLSchema } from 'graphql';

/**
 * Descriptions of the root types, which Nest builds without one (its resolvers add fields to
 * them; no decorator describes the type itself). Set on the built schema, before it is served.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) {
    query.description =
      'Reads. The published library is open to anyone and to apps with an API key; drafts, handouts, accounts and the audit log need a sign-in (see each field)';
  }
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'Changes. Each names the roles it needs; edits of versioned records take the `version` read and answer CONFLICT when it is stale';
  }
  return schema;
}
