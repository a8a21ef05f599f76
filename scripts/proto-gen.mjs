#!/usr/bin/env node
// Generates libs/contracts/src/generated from proto/ with @grpc/proto-loader's generator, using
// the loader options the servers and clients use (libs/contracts/src/proto.ts).
//   node scripts/proto-gen.mjs            regenerate in place
//   node scripts/proto-gen.mjs --out DIR  write elsewhere (the staleness test compares the two)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const out =
  outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'libs/contracts/src/generated');

const protos = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.proto')) protos.push(relative(join(root, 'proto'), path));
  }
})(join(root, 'proto'));

const tmp = mkdtempSync(join(tmpdir(), 'proto-gen-'));
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@grpc/proto-loader/build/bin/proto-loader-gen-types.js'),
    '--keepCase',
    '--longs=Number',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--grpcLib=@grpc/grpc-js',
    '--importFileExtension=.js',
    '-I',
    'proto',
    '-O',
    tmp,
    ...protos,
  ],
  { cwd: root, stdio: 'inherit' },
);
// Drop the per-file aggregates (hello.ts beside the service's Hello.ts differs only in case,
// which breaks case-insensitive file systems); nothing here uses them.
for (const proto of protos)
  rmSync(
    join(
      tmp,
      proto
        .replace(/\.proto$/, '.ts')
        .split('/')
        .pop(),
    ),
    { force: true },
  );
rmSync(out, { recursive: true, force: true });
cpSync(tmp, out, { recursive: true });
rmSync(tmp, { recursive: true, force: true });
console.log(`generated ${relative(root, out) || out} from ${protos.length} proto files`);
