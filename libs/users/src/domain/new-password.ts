import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { CommonPasswords } from './common-passwords.js';
import { PASSWORD_RULE } from './user.js';

/** The registration's password rules, for a password set later (a reset), naming its field. */
export function checkNewPassword(password: string, common: CommonPasswords, field: string): void {
  const value = password ?? '';
  if (
    value.length < PASSWORD_RULE.minLength ||
    value.length > PASSWORD_RULE.maxLength ||
    !PASSWORD_RULE.pattern.test(value)
  )
    throw new InvalidArgumentError(PASSWORD_RULE.text.replace(/^password/, field));
  if (common.includes(value))
    throw new InvalidArgumentError(
      `${field} is one of the ${common.size} most common passwords in breaches: choose another`,
    );
}
