import { TooManyRequestsError } from '@nestmall/ports/platform';
import { checkClientLimit, checkCooldown, checkDestinationLimit } from './issue-limits.js';
import { parseDestination, parsePurpose } from './purpose.js';
import { checkCodeFormat, codeKey, judgeAttempt, parseTarget } from './verification-code.js';

describe('judgeAttempt', () => {
  const stored = (attempts: number) => ({ hash: 'h', attempts });

  it.each([
    ['no live code', null, true, 'wrong'],
    ['the right code on the first attempt', stored(1), true, 'accept'],
    ['the right code on the last attempt', stored(3), true, 'accept'],
    ['a wrong code before the last attempt', stored(2), false, 'wrong'],
    ['a wrong code on the last attempt', stored(3), false, 'exhausted'],
    ['the right code past the limit', stored(4), true, 'exhausted'],
  ] as const)('%s: %s', (_what, code, matches, verdict) => {
    expect(judgeAttempt(code, matches, 3)).toBe(verdict);
  });
});

describe('destinations and purposes', () => {
  it('tells SMS from e-mail and normalises addresses', () => {
    expect(parseDestination(' 13900139000 ')).toEqual({ channel: 'sms', address: '13900139000' });
    expect(parseDestination('Buyer@Example.COM')).toEqual({
      channel: 'email',
      address: 'buyer@example.com',
    });
  });

  it.each(['', '1390013900', '23900139000', 'a@b', 'a b@c.de', `${'a'.repeat(250)}@b.cd`])(
    'refuses %p naming the field',
    (raw) => {
      expect(() => parseDestination(raw)).toThrow(/destination/);
    },
  );

  it('refuses an unknown purpose and a malformed code', () => {
    expect(() => parsePurpose('sign_up')).toThrow(/purpose must be one of/);
    expect(() => checkCodeFormat('12345')).toThrow(/code must be/);
    expect(() => checkCodeFormat('12345a')).toThrow(/code must be/);
  });

  it('sends register and mobile-change codes to mobile numbers only', () => {
    expect(() =>
      parseTarget({ purpose: 'register_by_mobile', destination: 'a@example.com' }),
    ).toThrow(/destination must be a mobile number for register_by_mobile/);
    expect(parseTarget({ purpose: 'reset_password', destination: 'a@example.com' })).toEqual({
      purpose: 'reset_password',
      destination: { channel: 'email', address: 'a@example.com' },
      subject: '',
    });
  });

  it('keys a code by purpose, destination and subject', () => {
    const destination = parseDestination('13900139000');
    const keys = new Set([
      codeKey({ purpose: 'login_by_code', destination, subject: '' }),
      codeKey({ purpose: 'reset_password', destination, subject: '' }),
      codeKey({ purpose: 'change_mobile', destination, subject: '7' }),
      codeKey({ purpose: 'change_mobile', destination, subject: '8' }),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('issue limits', () => {
  const limits = { cooldownMs: 60_000, perDestinationPerHour: 5, perClientPerHour: 30 };

  it('lets through what is within the limits', () => {
    expect(() => checkCooldown(0)).not.toThrow();
    expect(() => checkDestinationLimit(limits, 5)).not.toThrow();
    expect(() => checkClientLimit(limits, 30)).not.toThrow();
  });

  it('answers too many requests past them, with when to try again', () => {
    const caught = (f: () => void) => {
      try {
        f();
      } catch (error) {
        return error as TooManyRequestsError;
      }
      throw new Error('did not throw');
    };
    expect(caught(() => checkCooldown(1500)).retryAfterSeconds).toBe(2);
    expect(caught(() => checkDestinationLimit(limits, 6)).message).toMatch(/5 codes an hour/);
    expect(caught(() => checkClientLimit(limits, 31))).toBeInstanceOf(TooManyRequestsError);
  });
});
