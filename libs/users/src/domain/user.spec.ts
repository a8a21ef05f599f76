import { InvalidArgumentError } from '@nestmall/ports/platform';
import {
  checkNewUser,
  checkPage,
  checkUserId,
  maskMobile,
  MAX_PAGE_SIZE,
  MAX_USER_ID,
  type NewUser,
} from './user.js';

describe('checkUserId', () => {
  it.each([1, 2, 1000, MAX_USER_ID])('accepts %p', (id) => {
    expect(() => checkUserId(id)).not.toThrow();
  });

  it.each([0, -1, 1.5, MAX_USER_ID + 1, 2 ** 53, Number.NaN, Infinity, -Infinity])(
    'refuses %p with an InvalidArgumentError naming user_id',
    (id) => {
      expect(() => checkUserId(id)).toThrow(InvalidArgumentError);
      expect(() => checkUserId(id)).toThrow('user_id must be an integer from 1 to 2147483647');
    },
  );

  it('names the field it is given', () => {
    expect(() => checkUserId(0, 'seller_id')).toThrow(/^seller_id must be an integer/);
  });

  it('is 2^31 - 1, the largest signed 32-bit integer', () => {
    expect(MAX_USER_ID).toBe(2 ** 31 - 1);
  });
});

describe('checkPage', () => {
  it.each([
    [1, 1],
    [1, MAX_PAGE_SIZE],
    [MAX_USER_ID, 10],
  ])('accepts page_num %p, page_size %p', (pageNum, pageSize) => {
    expect(() => checkPage(pageNum, pageSize)).not.toThrow();
  });

  it.each([0, -1, 1.5, MAX_USER_ID + 1, Number.NaN])('refuses page_num %p', (pageNum) => {
    expect(() => checkPage(pageNum, 10)).toThrow(InvalidArgumentError);
    expect(() => checkPage(pageNum, 10)).toThrow(
      /^page_num must be an integer from 1 to 2147483647$/,
    );
  });

  it.each([0, -1, 2.5, MAX_PAGE_SIZE + 1, Number.NaN])('refuses page_size %p', (pageSize) => {
    expect(() => checkPage(1, pageSize)).toThrow(InvalidArgumentError);
    expect(() => checkPage(1, pageSize)).toThrow(/^page_size must be an integer from 1 to 100$/);
  });

  it('names page_num first when both are wrong', () => {
    expect(() => checkPage(0, 0)).toThrow(/^page_num /);
  });
});

describe('checkNewUser', () => {
  const valid: NewUser = { name: 'alice_01', mobile: '13800138000', password: 'correct-horse-9' };

  function refusal(change: Partial<Record<keyof NewUser, unknown>>): string {
    try {
      checkNewUser({ ...valid, ...change } as NewUser);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      return (error as Error).message;
    }
    throw new Error(`accepted ${JSON.stringify(change)}`);
  }

  it('accepts a valid user', () => {
    expect(() => checkNewUser(valid)).not.toThrow();
  });

  it.each(['abc', 'A12', 'a_b', 'Z' + 'x'.repeat(31), 'test1'])('accepts user_name %p', (name) => {
    expect(() => checkNewUser({ ...valid, name })).not.toThrow();
  });

  it.each([
    '',
    'ab',
    'a'.repeat(33),
    '1abc',
    '_abc',
    'ab-c',
    'ab c',
    'abc\n',
    'ábc',
    'alice@x',
    undefined,
    null,
  ])('refuses user_name %j naming the field', (name) => {
    expect(refusal({ name })).toMatch(/^user_name must be 3 to 32 letters, digits or _/);
  });

  it.each(['13800138000', '19912345678', '13000000000'])('accepts user_mobile %p', (mobile) => {
    expect(() => checkNewUser({ ...valid, mobile })).not.toThrow();
  });

  it.each([
    '',
    '1380013800',
    '138001380001',
    '12800138000',
    '23800138000',
    '+8613800138000',
    '138-0013-8000',
    '1380013800a',
    '13800138000\n',
    undefined,
  ])('refuses user_mobile %j naming the field', (mobile) => {
    expect(refusal({ mobile })).toMatch(/^user_mobile must be an 11-digit/);
  });

  it.each(['abcdefg1', '1234567a', 'x'.repeat(127) + '1', 'pass word 9', 'Ünïcödé9'])(
    'accepts password %p',
    (password) => {
      expect(() => checkNewUser({ ...valid, password })).not.toThrow();
    },
  );

  it.each([
    ['7 characters', 'abcdef1'],
    ['129 characters', 'x'.repeat(128) + '1'],
    ['no digit', 'abcdefgh'],
    ['no letter', '12345678'],
    ['no letter, only symbols and digits', '!!!!1234'],
    ['empty', ''],
    ['missing', undefined],
  ])('refuses a password with %s naming the field', (_case, password) => {
    expect(refusal({ password })).toMatch(/^password must be 8 to 128 characters/);
  });

  it('checks the fields in order: user_name, then user_mobile, then password', () => {
    expect(refusal({ name: '', mobile: '', password: '' })).toMatch(/^user_name /);
    expect(refusal({ mobile: '', password: '' })).toMatch(/^user_mobile /);
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
  });

  it('hides a number too short to keep 7 digits of', () => {
    expect(maskMobile('12345')).toBe('****');
  });
});
