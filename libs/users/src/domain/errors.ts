import { AlreadyExistsError, NotFoundError, UnauthenticatedError } from '@nestmall/ports/platform';

export class UserNotFoundError extends NotFoundError {
  constructor(id: number) {
    super(`user ${id} not found`);
  }
}

export class UserNameTakenError extends AlreadyExistsError {
  constructor(name: string) {
    super(`user_name "${name}" is already taken`);
  }
}

/** Deliberately does not say whether the name or the password was wrong. */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('invalid user name or password');
  }
}
