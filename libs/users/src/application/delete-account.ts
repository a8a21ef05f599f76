import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { AccessTokenRevocations, UnitOfWork } from '@nestmall/ports/platform';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import { CurrentPassword } from './current-password.js';
import { userViewKey } from './user-cache-keys.js';

/**
 * The buyer closes their account (soft: ts_user.deleted_at), given their password. Every session
 * ends, and it answers only once every verifier has forgotten the user (AccessTokenRevocations),
 * so its access tokens are refused at once everywhere: a deleted user is not active. Orders stay for the books; AnonymiseDeletedUsers erases the
 * personal data after USER_DATA_RETENTION_DAYS.
 */
@Injectable()
export class DeleteAccount {
  constructor(
    private readonly currentPassword: CurrentPassword,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly cache: Cache,
    private readonly unitOfWork: UnitOfWork,
    private readonly revocations: AccessTokenRevocations,
  ) {}

  async execute(userId: number, password: string): Promise<void> {
    const user = await this.currentPassword.confirm(userId, password);
    await this.unitOfWork.run(async () => {
      await this.users.softDelete(user.id, new Date());
      await this.refreshTokens.revokeUserSessions(user.id);
    });
    await this.cache.invalidate(userViewKey(user.id));
    await this.revocations.revokeUser(user.id);
  }
}
