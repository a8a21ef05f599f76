import { createHmac } from 'node:crypto';
import { hmacSha256, signatureMatches } from './webhook-signature.js';

describe('webhook signatures (HMAC-SHA256)', () => {
  const secret = 'a-secret-of-sixteen+';
  const data = '1796039189.{"id":"evt_1"}';

  it('computes the HMAC-SHA256 a provider sends, hex or base64', () => {
    expect(hmacSha256(secret, data, 'hex')).toBe(
      createHmac('sha256', secret).update(data).digest('hex'),
    );
    expect(hmacSha256(secret, data, 'base64')).toBe(
      createHmac('sha256', secret).update(data).digest('base64'),
    );
  });

  it('matches only the signature of the same data under the same secret', () => {
    const good = hmacSha256(secret, data, 'hex');
    expect(signatureMatches(secret, data, good, 'hex')).toBe(true);
    expect(signatureMatches(secret, `${data} `, good, 'hex')).toBe(false);
    expect(signatureMatches('another-secret-of-16', data, good, 'hex')).toBe(false);
    const flipped = (good[0] === 'a' ? 'b' : 'a') + good.slice(1);
    expect(signatureMatches(secret, data, flipped, 'hex')).toBe(false);
  });

  it('treats a missing, short, long or malformed signature as a mismatch, never a throw', () => {
    const good = hmacSha256(secret, data, 'base64');
    for (const given of [undefined, '', good.slice(0, 10), `${good}AAAA`, 'not base64 at all!'])
      expect(signatureMatches(secret, data, given, 'base64')).toBe(false);
    expect(signatureMatches(secret, data, 'zz', 'hex')).toBe(false);
  });
});
