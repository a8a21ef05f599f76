import { InvalidArgumentError } from '@nestmall/ports/platform';

/** 17 digits and a check character (0-9 or X): the resident identity card number (GB 11643). */
export const CHINESE_ID_PATTERN = /^\d{17}[\dX]$/;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character GB 11643 gives the first 17 digits (ISO 7064 MOD 11-2). */
export function chineseIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/**
 * Whether `value` is a well-formed ID number: the pattern, a real birth date (digits 7-14, not in
 * the future) and the check character. Says nothing about whether the number belongs to anyone:
 * that is the provider's verdict.
 */
export function isChineseIdNumber(value: string, today = new Date()): boolean {
  if (!CHINESE_ID_PATTERN.test(value)) return false;
  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number);
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
  if (birth.getTime() > today.getTime()) return false;
  return chineseIdCheckCharacter(value.slice(0, 17)) === value[17];
}

/** The number as it may be stored and shown: the first 3 and last 4 characters, the rest '*'. */
export function maskChineseId(value: string): string {
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Normalises (upper-case X, no spaces) and checks an ID number. @throws InvalidArgumentError */
export function parseChineseId(raw: string): string {
  const value = raw.replace(/\s+/g, '').toUpperCase();
  if (!isChineseIdNumber(value))
    throw new InvalidArgumentError(
      'idNumber is not a valid ID number (18 characters, a real birth date, its check digit)',
    );
  return value;
}
