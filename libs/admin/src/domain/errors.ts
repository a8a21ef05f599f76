import { UnauthenticatedError } from '@nestmall/ports/platform';

/** Unknown e-mail or wrong password: the same answer for both. */
export class InvalidStaffCredentialsError extends UnauthenticatedError {
  constructor() {
    super('email or password is wrong');
  }
}
