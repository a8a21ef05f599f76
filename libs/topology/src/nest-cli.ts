import { GATEWAY, SERVICE_APPS } from './topology.js';

/**
 * nest-cli.json, generated (`npm run topology:gen`): the monolith, the gateway and every service
 * app of the topology as applications (`npx nest start <app>`), and `libs` (the folders under
 * libs/) as libraries. A new service app or context edits no project list by hand.
 */
export function renderNestCli(libs: readonly string[]): string {
  const application = (app: string) => ({
    type: 'application',
    root: `apps/${app}`,
    sourceRoot: `apps/${app}/src`,
    entryFile: `apps/${app}/src/main`,
    compilerOptions: { tsConfigPath: 'tsconfig.build.json' },
  });
  const library = (lib: string) => ({
    type: 'library',
    root: `libs/${lib}`,
    sourceRoot: `libs/${lib}/src`,
    entryFile: 'index',
  });
  const apps = ['mall', GATEWAY.app, ...SERVICE_APPS.map((s) => s.app)];
  const config = {
    $schema: 'https://json.schemastore.org/nest-cli',
    collection: '@nestjs/schematics',
    monorepo: true,
    root: 'apps/mall',
    sourceRoot: 'apps/mall/src',
    compilerOptions: { builder: 'tsc', tsConfigPath: 'tsconfig.build.json', deleteOutDir: true },
    projects: Object.fromEntries<object>([
      ...apps.map((app): [string, object] => [app, application(app)]),
      ...[...libs].sort().map((lib): [string, object] => [lib, library(lib)]),
    ]),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
