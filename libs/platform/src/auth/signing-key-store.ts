import { Logger } from '@nestjs/common';
import {
  createLocalJWKSet,
  importJWK,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { JwksSource } from './jwks-source.js';
import {
  addSigningKey,
  readSigningKeys,
  SIGNING_ALGORITHM,
  type StoredSigningKey,
} from './signing-keys.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/** How often the published keys are read again from the directory. */
const RELOAD_MS = 5000;

/**
 * The issuer's keys in a key directory. The newest key at start signs until the next start; every
 * key in the directory is published, read again every few seconds, so after `npm run keys:rotate`
 * and a rolling restart the replicas not yet restarted publish the new key too, and a verifier
 * asking any replica about the new kid finds it.
 */
export class SigningKeyStore extends JwksSource {
  private published: { jwks: JSONWebKeySet; getKey: JWTVerifyGetKey; readAt: number };
  private reading?: Promise<void>;

  private constructor(
    private readonly dir: string,
    readonly signingKey: SigningKey,
    jwks: JSONWebKeySet,
    private readonly now: () => number,
  ) {
    super();
    this.published = { jwks, getKey: createLocalJWKSet(jwks), readAt: now() };
  }

  /** Makes a first key when `dir` has none (one, however many replicas start at once). */
  static async open(dir: string, now: () => number = Date.now): Promise<SigningKeyStore> {
    await addSigningKey(dir, true);
    const keys = await readSigningKeys(dir);
    const jwks = publicKeysOf(keys, dir);
    const newest = keys.at(-1)!.privateJwk;
    const privateKey = (await importJWK(newest, SIGNING_ALGORITHM)) as CryptoKey;
    return new SigningKeyStore(dir, { kid: newest.kid!, privateKey }, jwks, now);
  }

  async jwks(): Promise<JSONWebKeySet> {
    return (await this.current()).jwks;
  }

  readonly getKey: JWTVerifyGetKey = async (header, token) =>
    (await this.current()).getKey(header, token);

  private async current() {
    if (this.now() - this.published.readAt >= RELOAD_MS) {
      this.reading ??= this.reload().finally(() => (this.reading = undefined));
      await this.reading;
    }
    return this.published;
  }

  private async reload(): Promise<void> {
    try {
      const jwks = publicKeysOf(await readSigningKeys(this.dir), this.dir);
      this.published = { jwks, getKey: createLocalJWKSet(jwks), readAt: this.now() };
    } catch (error) {
      // A key file half-copied in by hand, say: keep publishing what was read last.
      this.published.readAt = this.now();
      new Logger('SigningKeyStore').warn(
        `kept the published keys: reading ${this.dir} failed (${(error as Error).message})`,
      );
    }
  }
}

function publicKeysOf(keys: StoredSigningKey[], dir: string): JSONWebKeySet {
  if (!keys.length) throw new Error(`no signing key in ${dir}`);
  return { keys: keys.map(({ privateJwk }) => publicPart(privateJwk)) };
}

function publicPart({ kty, crv, x, kid, alg, use }: JWK): JWK {
  return { kty, crv, x, kid, alg, use };
}
