import { createLocalJWKSet, importJWK, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { JwksSource } from './jwks-source.js';
import { addSigningKey, readSigningKeys, SIGNING_ALGORITHM } from './signing-keys.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/**
 * The issuer's keys, loaded once at start from a key directory: the newest signs, all are
 * published (so tokens signed before a rotation stay valid until they expire).
 */
export class SigningKeyStore extends JwksSource {
  readonly getKey;

  private constructor(
    readonly signingKey: SigningKey,
    private readonly publicKeys: JSONWebKeySet,
  ) {
    super();
    this.getKey = createLocalJWKSet(publicKeys);
  }

  /** Makes a first key when `dir` has none (one, however many replicas start at once). */
  static async open(dir: string): Promise<SigningKeyStore> {
    await addSigningKey(dir, true);
    const keys = await readSigningKeys(dir);
    const newest = keys.at(-1);
    if (!newest) throw new Error(`no signing key in ${dir}`);
    const publicKeys = keys.map(({ privateJwk }) => publicPart(privateJwk));
    const privateKey = (await importJWK(newest.privateJwk, SIGNING_ALGORITHM)) as CryptoKey;
    return new SigningKeyStore({ kid: newest.privateJwk.kid!, privateKey }, { keys: publicKeys });
  }

  jwks(): Promise<JSONWebKeySet> {
    return Promise.resolve(this.publicKeys);
  }
}

function publicPart({ kty, crv, x, kid, alg, use }: JWK): JWK {
  return { kty, crv, x, kid, alg, use };
}
