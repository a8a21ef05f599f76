import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@nestmall/ports/platform';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { UserRepository } from '../domain/user.repository.js';
import { hashRefreshToken, REFRESH_TOKEN_PATTERN, SessionTokens } from './session-tokens.js';
import type { AccessTokenView } from './user-view.js';

/**
 * A refresh token for a new pair (rotation: each refresh token works once). A used token shown
 * again means two holders, one of them not the user (OAuth 2.0 Security BCP, 4.14): the whole
 * session is revoked, so both must log in again.
 */
@Injectable()
export class RefreshSession {
  constructor(
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly users: UserRepository,
    private readonly tokens: SessionTokens,
  ) {}

  async execute(refreshToken: string): Promise<AccessTokenView> {
    const invalid = new UnauthenticatedError('the refresh token is invalid or expired');
    if (!REFRESH_TOKEN_PATTERN.test(refreshToken ?? '')) throw invalid;
    const hash = hashRefreshToken(refreshToken);
    const record = await this.refreshTokens.findByHash(hash);
    if (!record || record.expiresAtMs <= Date.now()) throw invalid;
    if (record.revoked || !(await this.refreshTokens.isSessionLive(record.sessionId)))
      throw invalid;
    if (record.usedAtMs !== null || !(await this.refreshTokens.markUsed(hash, Date.now()))) {
      await this.refreshTokens.revokeSession(record.sessionId);
      throw new UnauthenticatedError(
        'the refresh token was already used: its session is revoked, log in again',
      );
    }
    const user = await this.users.findById(record.userId);
    if (!user) throw invalid;
    return this.tokens.issue(user, record.sessionId);
  }
}
