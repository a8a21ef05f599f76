#!/usr/bin/env node
// `npm run topology:gen`: writes the files generated from libs/topology/src/topology.ts (today
// docker/compose.split.yaml) from the built code. A unit test fails when they are stale.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/libs/topology/src/index.js');
if (!existsSync(built)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { renderSplitCompose } = await import(built);
writeFileSync(join(root, 'docker/compose.split.yaml'), renderSplitCompose());
console.log('wrote docker/compose.split.yaml');
