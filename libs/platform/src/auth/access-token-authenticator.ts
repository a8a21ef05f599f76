import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/config.schema.js';
import { DomainError, UnauthenticatedError } from '../errors/domain-error.js';
import { AccessTokenVerifier, type AuthenticatedUser } from './access-tokens.js';
import { TokenSubjects } from './token-subjects.js';

/** Bounds the cache of answers; past it the cache starts again. */
const MAX_CACHED_USERS = 10_000;

/**
 * `Authorization: Bearer <token>` -> the user, for the HTTP and the gRPC guards alike: a valid
 * token of a user who still exists, from a session not logged out. That is asked at most once
 * per AUTH_USER_CACHE_MS per user and session (0: every time), so a deleted user or a logged-out
 * session is refused within that time.
 */
@Injectable()
export class AccessTokenAuthenticator {
  private readonly active = new Map<string, { active: boolean; until: number }>();
  private readonly cacheMs: number;

  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly subjects: TokenSubjects,
    config: ConfigService<AppConfig, true>,
  ) {
    this.cacheMs = config.get('AUTH_USER_CACHE_MS', { infer: true });
  }

  /** @throws UnauthenticatedError (401 / UNAUTHENTICATED) */
  async authenticate(authorization: string | undefined): Promise<AuthenticatedUser> {
    // RFC 7235: the scheme is case-insensitive.
    const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
    if (!match)
      throw new UnauthenticatedError(
        'an access token is required: Authorization: Bearer <access_token>',
      );
    const user = await this.verifier.verify(match[1]);
    if (!(await this.isActive(user.userId, user.sessionId)))
      throw new UnauthenticatedError('the access token is invalid or expired');
    return user;
  }

  private async isActive(userId: number, sessionId?: string): Promise<boolean> {
    const now = Date.now();
    const key = `${userId}:${sessionId ?? ''}`;
    const cached = this.active.get(key);
    if (cached && cached.until > now) return cached.active;
    let active: boolean;
    try {
      active = await this.subjects.isActive(userId, sessionId);
    } catch (error) {
      // The users context is unreachable (the user service restarting, say): the last answer
      // stands until it is back, as the issuer's keys do, rather than refusing everyone.
      if (cached && error instanceof DomainError && error.code === 'UNAVAILABLE')
        return cached.active;
      throw error;
    }
    if (this.active.size >= MAX_CACHED_USERS) this.active.clear();
    this.active.set(key, { active, until: now + this.cacheMs });
    return active;
  }
}
