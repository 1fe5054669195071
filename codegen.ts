import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the GraphQL documents of the tests from the committed schema.gql (`npm run codegen`):
 * a document written with test/graphql's `graphql()` gives `app.gql` its result type. A test
 * fails when the committed output differs from what this writes.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['test/**/*.ts', '!test/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', JSON: 'unknown', LocalDate: 'string' },
      },
    },
  },
};

export default config;
