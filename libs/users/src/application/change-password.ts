import { Injectable } from '@nestjs/common';
import { AccessTokenRevocations, InvalidArgumentError, UnitOfWork } from '@nestmall/ports/platform';
import { CommonPasswords } from '../domain/common-passwords.js';
import { PasswordHasher } from '../domain/password-hasher.js';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { PASSWORD_RULE } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';
import { CurrentPassword } from './current-password.js';

export interface ChangePasswordInput {
  /** The access token's subject and session (`sid`): that session stays signed in. */
  userId: number;
  sessionId?: string;
  currentPassword: string;
  newPassword: string;
}

/**
 * A new password, given the current one. Every other session of the user ends, its refresh and
 * access tokens at once (it answers once every verifier has forgotten the user's sessions:
 * AccessTokenRevocations): whoever knew the old password is signed out.
 */
@Injectable()
export class ChangePassword {
  constructor(
    private readonly currentPassword: CurrentPassword,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly unitOfWork: UnitOfWork,
    private readonly revocations: AccessTokenRevocations,
  ) {}

  async execute(input: ChangePasswordInput): Promise<void> {
    const password = input.newPassword;
    if (
      typeof password !== 'string' ||
      password.length < PASSWORD_RULE.minLength ||
      password.length > PASSWORD_RULE.maxLength ||
      !PASSWORD_RULE.pattern.test(password)
    )
      throw new InvalidArgumentError(`new_${PASSWORD_RULE.text}`);
    if (this.commonPasswords.includes(password))
      throw new InvalidArgumentError(
        'new_password is one of the most common passwords in breaches: choose another',
      );
    const user = await this.currentPassword.confirm(input.userId, input.currentPassword);
    if (password === input.currentPassword)
      throw new InvalidArgumentError('new_password must differ from current_password');
    const hash = await this.hasher.hash(password);
    await this.unitOfWork.run(async () => {
      await this.users.changePassword(user.id, hash, new Date());
      await this.refreshTokens.revokeUserSessions(user.id, input.sessionId);
    });
    await this.revocations.revokeUser(user.id);
  }
}
