import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AccessTokenSigner, type AppConfig } from '@nestmall/ports/platform';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import type { User } from '../domain/user.js';
import type { AccessTokenView } from './user-view.js';

/** Only a hash is stored: a leaked table yields no usable refresh token. */
export const hashRefreshToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** 256 random bits, base64url: 43 characters. */
export const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The pair a log-in session hands out: an access token naming the session (`sid`) and a
 * single-use refresh token of the same session.
 */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly signer: AccessTokenSigner,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  start(user: User): Promise<AccessTokenView> {
    return this.issue(user, randomUUID());
  }

  async issue(user: User, sessionId: string): Promise<AccessTokenView> {
    const refreshExpiresIn = this.config.get('REFRESH_TOKEN_EXPIRES_IN', { infer: true });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.add({
      tokenHash: hashRefreshToken(refreshToken),
      userId: user.id,
      sessionId,
      expiresAtMs: Date.now() + refreshExpiresIn * 1000,
    });
    const { token, expiresIn } = await this.signer.sign({
      id: user.id,
      name: user.name,
      sessionId,
    });
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: expiresIn,
      refresh_token: refreshToken,
      refresh_expires_in: refreshExpiresIn,
    };
  }
}
