import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', 'test/graphql/', 'console/src/gql/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Type-aware rules for the bugs types can see: a promise nobody awaits (an unhandled
    // rejection takes the process down), an async callback where void is expected, a switch that
    // forgets a member of a vocabulary. A chosen subset of recommended-type-checked: its
    // no-unsafe-* family mostly flags JSON and driver rows that are checked at runtime anyway.
    // tsconfig.check.json rather than the project service: the service would pick tsconfig.json,
    // which builds src/ without its specs, and leave the specs, test/ and bench/ unparsed.
    files: ['**/*.ts'],
    ignores: ['codegen.ts', 'console/**'],
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: typeAwareRules(),
  },
  {
    // The console (a browser app, TSX): the same type-aware rules against its own tsconfig, with
    // the browser's globals instead of Node's. typescript-eslint parses TSX as it is.
    files: ['console/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        project: './console/tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
        ecmaFeatures: { jsx: true },
      },
    },
    rules: typeAwareRules(),
  },
  {
    // The printed schema, as clients see it: every type, field, argument, input field and enum
    // value described, names in one convention, lists as Relay connections. Rules switched off or
    // narrowed here fight a deliberate design; README's "Schema lint" lists them with the reason.
    files: ['schema.gql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema.gql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Recommended asks only for types and root fields: we describe everything.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
        },
      ],
      // Off: ErrorCode, ErrorExtensions, FieldError and ErrorReason describe `errors[].extensions`,
      // which no field returns; they are in the schema on purpose, for codegen. Code-first Nest
      // prints no other type that nothing reaches.
      '@graphql-eslint/no-unreachable-types': 'off',
      // Narrowed: values with no identity of their own (parts of a parent, computed answers,
      // one-off results, pages) need no id; anything else that reaches a client cache does.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Count', 'Payload'],
            types: [
              ...['PageInfo', 'ErrorExtensions', 'FieldError'],
              // Embedded in their parent (jsonb or frozen content): no id exists.
              ...['LoadIntensity', 'Prescription', 'ItemPrescription', 'Tempo', 'TempoPhase'],
              ...['HandoutItem', 'HandoutPicture', 'HandoutFallback', 'ProgramTemplateItem'],
              ...['HandoutGuidance', 'GuidanceTranslation'],
              // Computed for the request.
              ...['ExerciseFacets', 'ProgramBalance', 'BalanceGap', 'FacetShare', 'FieldChange'],
              ...['LadderStep', 'ProgressionPath', 'LocalizedExercise'],
              // Results of one mutation, read once.
              ...['Session', 'SignedOut', 'NewApiKey', 'PasswordReset'],
              ...['ImportReport', 'SkippedRecord'],
            ],
          },
        },
      ],
      // Narrowed: bounded lists (an exercise's cues, a handout's items, enum lists) stay plain
      // lists; only what can grow is paged. And there is no Node interface: ids are UUIDs per
      // type, not global ids, and Apollo normalises by __typename and id without node(id:).
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
    },
  },
);

/** The type-aware rules, for the service's TypeScript and the console's alike. */
function typeAwareRules() {
  return {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
    '@typescript-eslint/await-thenable': 'error',
    // Off: Apollo's plugin hooks are declared async by its types (requestDidStart...), and most
    // of ours need no await; the rule would only ask for noise there.
    '@typescript-eslint/require-await': 'off',
    '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    '@typescript-eslint/switch-exhaustiveness-check': [
      'error',
      { considerDefaultExhaustiveForUnions: true },
    ],
    '@typescript-eslint/no-base-to-string': 'error',
    '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
  };
}
