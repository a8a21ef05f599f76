import { InvalidArgumentError } from '@nestmall/ports/platform';

export const MIN_STAFF_PASSWORD = 10;
export const MAX_STAFF_PASSWORD = 128;

/** A staff password: 10 to 128 characters (staff accounts reach every buyer's data). */
export function checkStaffPassword(password: unknown): string {
  if (
    typeof password !== 'string' ||
    password.length < MIN_STAFF_PASSWORD ||
    password.length > MAX_STAFF_PASSWORD
  )
    throw new InvalidArgumentError(
      `password must be ${MIN_STAFF_PASSWORD} to ${MAX_STAFF_PASSWORD} characters`,
    );
  return password;
}
