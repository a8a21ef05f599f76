import { describe, expect, it } from '@jest/globals';
import {
  InvalidSignatureError,
  signCarrierBody,
  verifyCarrierSignature,
} from './carrier-signature.js';

const SECRET = 'carrier-secret-0123456789';
const BODY = '{"event_id":"trk_1"}';

describe('carrier notification signatures', () => {
  it('accepts a signature made with the secret over the exact body', () => {
    const header = signCarrierBody(SECRET, BODY, 1_000_000);
    expect(() => verifyCarrierSignature(SECRET, BODY, header, 1_000_010)).not.toThrow();
  });

  it('refuses another secret, a changed body, a missing or malformed header, an old one', () => {
    const header = signCarrierBody(SECRET, BODY, 1_000_000);
    const cases: [string, string | undefined, number][] = [
      [BODY, signCarrierBody('another-secret-012345', BODY, 1_000_000), 1_000_000],
      [`${BODY} `, header, 1_000_000],
      [BODY, undefined, 1_000_000],
      [BODY, 'v1=abc', 1_000_000],
      [BODY, `${header}00`, 1_000_000],
      [BODY, header, 1_000_000 + 301],
    ];
    for (const [body, given, now] of cases)
      expect(() => verifyCarrierSignature(SECRET, body, given, now)).toThrow(InvalidSignatureError);
  });
});
