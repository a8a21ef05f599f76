// Layer lint (STYLE.md point 8, ARCHITECTURE.md "Rules of the house").
// Run: npx depcruise apps libs --config .dependency-cruiser.cjs --output-type err-long
// Paths below are resolved paths relative to the repo root: `@nestmall/<lib>` resolves through
// tsconfig.json "paths" to libs/<lib>/src/index.ts, `@nestmall/ports/<lib>` to
// libs/<lib>/src/ports.ts (the lib's ports-only entry point), npm packages to
// node_modules/<pkg>/..., and a package that is not installed stays its bare name (so both forms
// are matched). test/depcruise-rules.e2e-spec.ts proves the rules below fire on fixtures.

/** @param {string[]} names */
const packages = (names) =>
  `(^|(^|/)node_modules/)(@types/)?(${names
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(/|$)`;

const TRANSPORT_PACKAGES = [
  '@nestjs/microservices',
  '@grpc/grpc-js',
  '@grpc/proto-loader',
  'amqplib',
  'amqp-connection-manager',
  'ioredis',
  'express',
  '@nestjs/platform-express',
  'fastify',
  '@nestjs/platform-fastify',
  'typeorm',
  'mysql2',
  'better-sqlite3',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-transport-in-use-cases',
      comment:
        'domain/ and application/ know no transport, web framework, ORM or database driver ' +
        '(@nestjs/common and @nestjs/config are fine in application/).',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/(domain|application)/' },
      to: { path: packages(TRANSPORT_PACKAGES) },
    },
    {
      name: 'no-transport-reachable-from-use-cases',
      comment:
        'Nor through another file: nothing domain/ and application/ import may lead, however ' +
        "indirectly (a lib's index that also exports adapters, a config file, a module), to a " +
        "transport or the ORM. Other libs come in through '@nestmall/ports/<lib>'.",
      severity: 'error',
      from: { path: '^libs/[^/]+/src/(domain|application)/' },
      to: { path: packages([...TRANSPORT_PACKAGES, '@nestjs/typeorm']), reachable: true },
    },
    {
      name: 'use-cases-import-libs-through-ports',
      comment:
        'domain/ and application/ import a lib through its ports-only entry point ' +
        "('@nestmall/ports/<lib>', libs/<lib>/src/ports.ts), never through its index.ts, which " +
        'exports the adapters and modules too.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/(domain|application)/' },
      to: { path: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'no-nest-typeorm-in-domain',
      comment: 'domain/ is plain TypeScript: no @nestjs/typeorm either.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: packages(['@nestjs/typeorm']) },
    },
    {
      name: 'domain-is-innermost',
      comment:
        'domain/ imports nothing from application/, infrastructure/, interface/, client/, the index, the ports or a module of its own lib.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/domain/' },
      to: {
        path: '^libs/$1/src/((application|infrastructure|interface|client)/|(index|ports)\\.ts$|[^/]+\\.module\\.ts$)',
      },
    },
    {
      name: 'no-lib-to-app',
      comment:
        'Libraries never import from apps/ (apps compose libraries, not the other way round).',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'lib-to-lib-through-index-only',
      comment:
        "A lib reaches another lib only through that lib's index.ts (import '@nestmall/<lib>'), " +
        "its ports.ts ('@nestmall/ports/<lib>') or the types generated from proto/ " +
        '(@nestmall/contracts/generated/...).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: {
        path: '^libs/',
        pathNot: [
          '^libs/$1/',
          '^libs/[^/]+/src/(index|ports)\\.ts$',
          '^libs/contracts/src/generated/',
        ],
      },
    },
    {
      name: 'no-cycle-between-libs',
      comment: 'No dependency cycle that crosses a lib boundary.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, via: { pathNot: '^libs/$1/' } },
    },
    {
      name: 'app-to-lib-through-index-only',
      comment: "apps/ import a lib only through its index.ts (import '@nestmall/<lib>').",
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'no-cycle-inside-a-lib-or-app',
      comment: 'Module-level cycle inside one lib or app: allowed, but worth a look.',
      severity: 'warn',
      from: { path: '^(apps|libs)/([^/]+)/' },
      to: { circular: true, viaOnly: { path: '^$1/$2/' } },
    },
    {
      name: 'no-unresolvable',
      comment:
        'An import that cannot be resolved (a missing tsconfig "paths" entry, a typo) would make ' +
        'the rules above blind to it.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Not analysed, but kept as targets so the rules above still see imports of them.
    doNotFollow: { path: ['(^|/)node_modules/', '^libs/contracts/src/generated/'] },
    // Not part of the graph at all: build output, e2e suites, unit specs.
    exclude: { path: ['^dist/', '^test/', '\\.spec\\.ts$', '\\.e2e-spec\\.ts$'] },
    // `import type` counts too: a type-only import still couples layers.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
