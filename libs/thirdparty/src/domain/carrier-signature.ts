import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@nestmall/ports/platform';

/** How old a signed tracking notification may be (a replayed old one is refused). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as the carrier signs its notifications. */
export function signCarrierBody(secret: string, body: string, nowSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${nowSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${nowSeconds},v1=${v1}`;
}

/**
 * Checks a carrier notification's `Carrier-Signature` header over its raw body, in constant time,
 * and that it is recent. @throws InvalidSignatureError (401: nothing changes)
 */
export function verifyCarrierSignature(
  secret: string,
  body: string,
  header: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
): void {
  if (!header) throw new InvalidSignatureError('no Carrier-Signature header');
  const parts = new Map(
    header.split(',').map((p) => {
      const at = p.indexOf('=');
      return [p.slice(0, at).trim(), p.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const given = parts.get('v1');
  if (!Number.isInteger(t) || !given) throw new InvalidSignatureError('malformed signature');
  if (Math.abs(nowSeconds - t) > SIGNATURE_TOLERANCE_SECONDS)
    throw new InvalidSignatureError('signature too old');
  const expected = Buffer.from(signCarrierBody(secret, body, t).split('v1=')[1], 'utf8');
  const actual = Buffer.from(given, 'utf8');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw new InvalidSignatureError('signature does not match');
}

/** A carrier notification whose signature does not verify: 401, and nothing changes. */
export class InvalidSignatureError extends DomainError {
  constructor(why: string) {
    super('UNAUTHENTICATED', `carrier notification refused: ${why}`);
  }
}
