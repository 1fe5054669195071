import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the console's GraphQL documents from the service's committed schema.gql
 * (`npm run codegen -w console`, or `npm run codegen` at the root for both clients). Strings, not
 * ASTs (`documentMode: 'string'`): src/lib/graphql.ts posts them as they are, no GraphQL parser
 * in the bundle. scripts/vocabulary.mjs then writes the schema's descriptions for help texts.
 */
const config: CodegenConfig = {
  schema: '../schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown', LocalDate: 'string' },
      },
    },
  },
};

export default config;
