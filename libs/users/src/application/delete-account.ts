import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { UnitOfWork } from '@nestmall/ports/platform';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import { CurrentPassword } from './current-password.js';
import { userViewKey } from './user-cache-keys.js';

/**
 * The buyer closes their account (soft: ts_user.deleted_at), given their password. Every session
 * ends; the verifiers refuse its access tokens when they next ask (AUTH_USER_CACHE_MS), because
 * a deleted user is not active. Orders stay for the books; AnonymiseDeletedUsers erases the
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
  ) {}

  async execute(userId: number, password: string): Promise<void> {
    const user = await this.currentPassword.confirm(userId, password);
    await this.unitOfWork.run(async () => {
      await this.users.softDelete(user.id, new Date());
      await this.refreshTokens.revokeUserSessions(user.id);
    });
    await this.cache.invalidate(userViewKey(user.id));
  }
}
