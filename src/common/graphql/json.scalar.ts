import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Arbitrary JSON, for revision snapshots, diffs and audit details. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
