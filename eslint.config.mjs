// Lint configuration, once for the whole tree: typescript-eslint's type-checked rules catch what
// reaches production as a bug (floating promises, values of type any flowing unchecked, unused code).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated: test/support/graphql/ by `npm run codegen`.
  { ignores: ['dist/', 'data/', 'coverage/', 'node_modules/', 'test/support/graphql/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  prettier,
);
