import { Injectable } from '@nestjs/common';
import { PermissionDeniedError } from '@nestmall/ports/platform';
import { UserNotFoundError } from '../domain/errors.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { checkUserId, type User } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

/**
 * What a signed-in user proves again before a change a stolen access token must not make alone
 * (a new password, deleting the account): their current password.
 */
@Injectable()
export class CurrentPassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The user, when `password` is theirs. @throws PermissionDeniedError naming current_password */
  async confirm(userId: number, password: string): Promise<User> {
    checkUserId(userId);
    const user = await this.users.findById(userId);
    if (!user) throw new UserNotFoundError(userId);
    const valid =
      typeof password === 'string' && (await this.hasher.verify(user.passwordHash, password));
    if (!valid)
      throw new PermissionDeniedError('current_password is not the password of this account');
    return user;
  }
}
