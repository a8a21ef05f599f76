import { AlreadyExistsError, ConflictError, UnauthenticatedError } from '@nestmall/ports/platform';

export class MobileTakenError extends AlreadyExistsError {
  constructor() {
    super('user_mobile is already registered to an account');
  }
}

/** The code was right, but no account holds the number: log in needs one. */
export class NoAccountForMobileError extends UnauthenticatedError {
  constructor() {
    super('no account holds this user_mobile');
  }
}

/** Older accounts may share a number (the demo users do): a code cannot say which one is meant. */
export class SharedMobileError extends ConflictError {
  constructor() {
    super('several accounts hold this user_mobile: use the user name and password');
  }
}
