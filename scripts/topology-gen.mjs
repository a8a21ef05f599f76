#!/usr/bin/env node
// `npm run topology:gen`: writes the files generated from libs/topology/src/topology.ts
// (docker/compose.split.yaml, nest-cli.json) from the built code. A unit test fails when they
// are stale.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/libs/topology/src/index.js');
if (!existsSync(built)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { renderNestCli, renderSplitCompose } = await import(built);
writeFileSync(join(root, 'docker/compose.split.yaml'), renderSplitCompose());
console.log('wrote docker/compose.split.yaml');
writeFileSync(join(root, 'nest-cli.json'), renderNestCli(readdirSync(join(root, 'libs'))));
console.log('wrote nest-cli.json');
