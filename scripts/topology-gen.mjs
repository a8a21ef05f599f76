#!/usr/bin/env node
// `npm run topology:gen`: writes the files generated from libs/topology/src/topology.ts
// (docker/compose.split.yaml, nest-cli.json, deploy/k8s) from the built code. A unit test fails
// when they are stale.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/libs/topology/src/index.js');
if (!existsSync(built)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { renderKubernetes, renderNestCli, renderSplitCompose } = await import(built);
writeFileSync(join(root, 'docker/compose.split.yaml'), renderSplitCompose());
console.log('wrote docker/compose.split.yaml');
writeFileSync(join(root, 'nest-cli.json'), renderNestCli(readdirSync(join(root, 'libs'))));
console.log('wrote nest-cli.json');
// deploy/k8s: base/ and overlays/ are generated whole (a removed app leaves no file behind);
// schemas/ and the git-ignored secrets.env files are kept.
const k8s = join(root, 'deploy/k8s');
for (const dir of ['base/apps', 'base/migrations'])
  rmSync(join(k8s, dir), { recursive: true, force: true });
const files = renderKubernetes();
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(k8s, path)), { recursive: true });
  writeFileSync(join(k8s, path), text);
}
console.log(`wrote deploy/k8s (${Object.keys(files).length} files)`);
