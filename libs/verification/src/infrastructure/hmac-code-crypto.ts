import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { CodeCrypto } from '../domain/code-crypto.js';
import { codeKey, type CodeTarget } from '../domain/verification-code.js';

/**
 * HMAC-SHA256 under a key derived from VERIFICATION_SECRET, not argon2: a six-digit code has a
 * million values, so no work factor would stop an offline search of a stolen hash (a slow hash
 * only makes every check expensive, an easy way to load the service); a key the store never sees
 * does stop it. The sealing key (AES-256-GCM) is derived from the same secret for another use.
 */
export class HmacCodeCrypto extends CodeCrypto {
  private readonly hashKey: Buffer;
  private readonly sealKey: Buffer;

  constructor(secret: string) {
    super();
    const derive = (info: string) =>
      Buffer.from(hkdfSync('sha256', secret, 'nestmall-verification', info, 32));
    this.hashKey = derive('code-hash');
    this.sealKey = derive('code-seal');
  }

  hash(target: CodeTarget, code: string): string {
    // The target is in the MAC: a code for one purpose or number never matches another's.
    return createHmac('sha256', this.hashKey)
      .update(`${codeKey(target)}|${code}`)
      .digest('hex');
  }

  equal(a: string, b: string): boolean {
    const left = Buffer.from(a, 'utf8');
    const right = Buffer.from(b, 'utf8');
    return left.length === right.length && timingSafeEqual(left, right);
  }

  seal(code: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  unseal(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
