import { InvalidArgumentError } from '@nestmall/ports/platform';
import { checkProfileChange } from './profile.js';

describe('checkProfileChange', () => {
  it('keeps what is left out, trims, and lets null clear', () => {
    expect(checkProfileChange({ nickname: ' Alice ', email: null })).toEqual({
      nickname: 'Alice',
      email: null,
    });
    expect(checkProfileChange({ avatarUrl: 'https://cdn.example.com/a.png' })).toEqual({
      avatarUrl: 'https://cdn.example.com/a.png',
    });
  });

  it.each([
    [{ nickname: '' }, /nickname/],
    [{ nickname: 'x'.repeat(33) }, /nickname/],
    [{ nickname: 'a\u0000b' }, /nickname/],
    [{ avatarUrl: 'http://cdn.example.com/a.png' }, /avatar_url.*https/],
    [{ avatarUrl: 'javascript:alert(1)' }, /avatar_url/],
    [{ avatarUrl: 'https://user:pw@cdn.example.com/a.png' }, /avatar_url/],
    [{ avatarUrl: `https://example.com/${'a'.repeat(520)}` }, /avatar_url/],
    [{ email: 'alice' }, /email/],
    [{ email: 'alice@localhost' }, /email/],
    [{ email: `${'a'.repeat(250)}@example.com` }, /email/],
  ])('refuses %j naming the field', (change, field) => {
    expect(() => checkProfileChange(change)).toThrow(InvalidArgumentError);
    expect(() => checkProfileChange(change)).toThrow(field);
  });
});
