import { describe, expect, it } from '@jest/globals';
import {
  chineseIdCheckCharacter,
  isChineseIdNumber,
  maskChineseId,
  parseChineseId,
} from './chinese-id.js';

describe('Chinese ID numbers', () => {
  it('accepts the standard example and computes its check character (X)', () => {
    expect(chineseIdCheckCharacter('11010519491231002')).toBe('X');
    expect(isChineseIdNumber('11010519491231002X')).toBe(true);
    const born1980 = '44052419800101001';
    expect(isChineseIdNumber(born1980 + chineseIdCheckCharacter(born1980))).toBe(true);
    expect(isChineseIdNumber('440524188001010014')).toBe(false); // born before 1900
  });

  it('refuses a wrong check digit, a bad birth date, a future birth or a bad shape', () => {
    expect(isChineseIdNumber('110105194912310021')).toBe(false);
    expect(isChineseIdNumber('110105194902300020')).toBe(false); // 30 February
    expect(isChineseIdNumber('11010520991231002X', new Date('2026-01-01'))).toBe(false);
    expect(isChineseIdNumber('1101051949123100')).toBe(false);
    expect(isChineseIdNumber('11010519491231002x')).toBe(false);
  });

  it('normalises spaces and a lower-case x, and names the field when refusing', () => {
    expect(parseChineseId(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(() => parseChineseId('110105194912310021')).toThrow(/idNumber/);
  });

  it('masks all but the first 3 and last 4 characters', () => {
    expect(maskChineseId('11010519491231002X')).toBe('110***********002X');
  });
});
