#!/usr/bin/env node
// `npm run keys:rotate`: adds a new Ed25519 signing key to the issuer's key directory
// (JWT_KEYS_DIR, else ./data/jwt-keys). The issuer signs with it once restarted; the older keys
// stay published, so tokens they signed stay valid until they expire. Delete an old key file
// once no token it signed can still be alive (JWT_EXPIRES_IN after the restart).
//   npm run keys:rotate [-- --dir DIR]
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const platform = join(root, 'dist/libs/platform/src/index.js');
if (!existsSync(platform)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { addSigningKey, readSigningKeys, DEFAULT_KEYS_DIR } = await import(platform);

const at = process.argv.indexOf('--dir');
const dir = at > 0 ? process.argv[at + 1] : process.env.JWT_KEYS_DIR || DEFAULT_KEYS_DIR;
if (!dir) {
  console.error('usage: npm run keys:rotate [-- --dir DIR]');
  process.exit(2);
}
await addSigningKey(dir);
const keys = await readSigningKeys(dir);
// Only key ids (public thumbprints), never key material.
for (const key of keys)
  console.log(`${key === keys.at(-1) ? 'signs  ' : 'verifies'} ${key.privateJwk.kid}`);
console.log(`${keys.length} key(s) in ${dir}; restart the issuer to sign with the new one`);
