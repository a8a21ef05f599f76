import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** The only signing algorithm: Ed25519 (RFC 8037), small keys and fast, deterministic signatures. */
export const SIGNING_ALGORITHM = 'EdDSA';

/** One signing key as stored: a private JWK whose `kid` is its RFC 7638 thumbprint. */
export interface StoredSigningKey {
  /** The file's sequence number: the highest is the newest key, the one that signs. */
  sequence: number;
  privateJwk: JWK;
}

const KEY_FILE = /^signing-key-(\d{6})\.jwk\.json$/;

const fileName = (sequence: number) => `signing-key-${String(sequence).padStart(6, '0')}.jwk.json`;

/** Every key in `dir`, oldest first; an absent directory has none. */
export async function readSigningKeys(dir: string): Promise<StoredSigningKey[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const keys: StoredSigningKey[] = [];
  for (const name of names) {
    const match = KEY_FILE.exec(name);
    if (!match) continue;
    const privateJwk = JSON.parse(await readFile(join(dir, name), 'utf8')) as JWK;
    if (
      privateJwk.kty !== 'OKP' ||
      privateJwk.crv !== 'Ed25519' ||
      !privateJwk.d ||
      !privateJwk.kid
    )
      throw new Error(`${join(dir, name)} is not an Ed25519 private JWK with a kid`);
    keys.push({ sequence: Number(match[1]), privateJwk });
  }
  return keys.sort((a, b) => a.sequence - b.sequence);
}

/**
 * Adds a new key to `dir` as the next sequence number. The file is written under a temporary
 * name (mode 0600) and then hard-linked to its final name, which fails if that name exists:
 * of two processes adding "the next key" at once, exactly one succeeds.
 * @param onlyIfEmpty add nothing when `dir` already holds a key (a replica's first start).
 * @returns whether this call added the key.
 */
export async function addSigningKey(dir: string, onlyIfEmpty = false): Promise<boolean> {
  // A directory that holds keys is only read: it may be a read-only mount (a Kubernetes Secret
  // shared by the replicas, docs/deploy.md).
  if (onlyIfEmpty && (await readSigningKeys(dir)).length) return false;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const jwk = await exportJWK(privateKey);
  const privateJwk: JWK = {
    ...jwk,
    kid: await calculateJwkThumbprint(jwk),
    alg: SIGNING_ALGORITHM,
    use: 'sig',
  };
  const temporary = join(dir, `.${randomBytes(8).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  try {
    await file.writeFile(JSON.stringify(privateJwk) + '\n');
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    for (;;) {
      const existing = await readSigningKeys(dir);
      if (onlyIfEmpty && existing.length) return false;
      const next = (existing.at(-1)?.sequence ?? 0) + 1;
      try {
        await link(temporary, join(dir, fileName(next)));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Someone else took that number: look again.
      }
    }
  } finally {
    await unlink(temporary);
  }
}
