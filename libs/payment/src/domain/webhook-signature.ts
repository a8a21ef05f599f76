import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@nestmall/ports/platform';

/** HMAC-SHA256 of `data` under `secret`, in the encoding the provider sends. */
export function hmacSha256(secret: string, data: string, encoding: 'hex' | 'base64'): string {
  return createHmac('sha256', secret).update(data, 'utf8').digest(encoding);
}

/**
 * Whether `given` is the HMAC-SHA256 of `data` under `secret`, compared in constant time (a
 * forger learns nothing from how long a wrong guess took). A missing or malformed signature is
 * simply not a match.
 */
export function signatureMatches(
  secret: string,
  data: string,
  given: string | undefined,
  encoding: 'hex' | 'base64',
): boolean {
  if (!given) return false;
  // The texts, not their decoded bytes: decoding ignores what follows base64 padding or stops at
  // a non-hex character, so "<good>AAAA" would decode to the good bytes.
  const expected = Buffer.from(hmacSha256(secret, data, encoding), 'utf8');
  const actual = Buffer.from(given, 'utf8');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A notification whose signature does not verify: 401, and nothing changes. */
export class InvalidSignatureError extends DomainError {
  constructor(provider: string, why: string) {
    super('UNAUTHENTICATED', `${provider} notification refused: ${why}`);
  }
}
