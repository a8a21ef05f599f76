// Jest runs in its native ESM mode (NestJS 12 ships ESM only): see the "test" script,
// which sets NODE_OPTIONS=--experimental-vm-modules.
const aliases = {
  // The unit specs' shared in-memory fakes (test code: not a lib).
  '^@nestmall/testing$': '<rootDir>/test/fakes/index.ts',
  // A context's types generated from its proto (libs/contracts/src/generated, `npm run proto:gen`).
  '^@nestmall/contracts/generated/(.*)\\.js$': '<rootDir>/libs/contracts/src/generated/$1',
  // A lib's ports-only entry point (what domain/ and application/ import).
  '^@nestmall/ports/(.*)$': '<rootDir>/libs/$1/src/ports.ts',
  '^@nestmall/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  // Our sources import siblings as './x.js' (NodeNext); jest resolves the .ts file.
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
};

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: aliases,
  transform,
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  // Also a top-level option: per-project testTimeout is not applied to hooks everywhere.
  testTimeout: 60_000,
  // `npm test` and `npm run test:unit` (--coverage): how much of the domain and application code
  // the tests reach, as one summary (under `npm test` the in-process e2e suites count too; the
  // unit figure alone comes from test:unit). v8 coverage: no instrumenting transform under ESM.
  coverageProvider: 'v8',
  collectCoverageFrom: ['libs/*/src/{domain,application}/**/*.ts', '!**/*.spec.ts'],
  coverageReporters: ['text-summary'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      rootDir: '.',
      setupFiles: ['<rootDir>/test/support/quiet-unit-logs.ts'],
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    // e2e suites boot apps and databases: generous hook and test timeouts for a loaded 2-core machine.
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: '<rootDir>/test/support/e2e-environment.js',
      testTimeout: 60_000,
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
