// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every TypeScript file, linted with the type checker (typescript-eslint's projectService). */
const typescript = ['**/*.ts'];
/** Tests and their support: typed for promises, but free to poke at `any` answers (supertest). */
const tests = ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'libs/contracts/src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typescript })),
  {
    files: typescript,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Timers, consumers, relays and event handlers: a promise nobody awaits or catches is a
      // crash or a lost error waiting to happen; so is an async function where a void one goes.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Adapters implement Promise-returning ports (the in-memory cache, the gate that is off):
      // `async` keeps a throw a rejection, which is what callers of a port expect.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      // Ports are abstract classes used as DI tokens; their adapters take `Function` lists from TypeORM.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: tests,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // In-memory fakes implement async ports without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      'no-console': 'off',
    },
  },
  { files: ['scripts/**/*.mjs', 'bench/**/*.mjs'], rules: { 'no-console': 'off' } },
  prettier,
);
