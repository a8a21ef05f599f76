import { Injectable } from '@nestjs/common';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { hashRefreshToken, REFRESH_TOKEN_PATTERN } from './session-tokens.js';

/** Revokes the session of a refresh token; the same answer for an unknown one (nothing to probe). */
@Injectable()
export class LogOut {
  constructor(private readonly refreshTokens: RefreshTokenRepository) {}

  async execute(refreshToken: string): Promise<void> {
    if (!REFRESH_TOKEN_PATTERN.test(refreshToken ?? '')) return;
    const record = await this.refreshTokens.findByHash(hashRefreshToken(refreshToken));
    if (record) await this.refreshTokens.revokeSession(record.sessionId);
  }
}
