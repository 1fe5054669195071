import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', 'test/graphql/'] },
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
    ignores: ['codegen.ts'],
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
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
    },
  },
);
