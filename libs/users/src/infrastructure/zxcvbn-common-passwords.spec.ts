import { ZxcvbnCommonPasswords } from './zxcvbn-common-passwords.js';

describe('ZxcvbnCommonPasswords', () => {
  const common = new ZxcvbnCommonPasswords();

  it('holds tens of thousands of breached passwords', () => {
    expect(common.size).toBeGreaterThan(40_000);
  });

  it.each(['password1', 'Password1', 'PASSW0RD', 'qwerty123', 'trustno1', 'abc12345'])(
    'knows %p, which passes the length, letter and digit rules',
    (password) => {
      expect(common.includes(password)).toBe(true);
    },
  );

  it.each(['correct-horse-9', 'guess-123', 'nestmall-Shop-2026'])('does not know %p', (p) => {
    expect(common.includes(p)).toBe(false);
  });
});
