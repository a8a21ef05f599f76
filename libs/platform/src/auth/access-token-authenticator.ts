import { Injectable } from '@nestjs/common';
import { DomainError, UnauthenticatedError } from '../errors/domain-error.js';
import { AccessTokenVerifier, type AuthenticatedUser } from './access-tokens.js';
import { ActiveSessions } from './active-sessions.js';
import { TokenSubjects } from './token-subjects.js';

/**
 * `Authorization: Bearer <token>` -> the user, for the HTTP and the gRPC guards alike: a valid
 * token of a user who still exists, from a session not logged out. That is asked at most once
 * per AUTH_USER_CACHE_MS per user and session (0: every time); a revocation (account deleted,
 * password changed: AccessTokenRevocations) reaches every verifier before its request answers,
 * so those are refused at once.
 */
@Injectable()
export class AccessTokenAuthenticator {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly subjects: TokenSubjects,
    private readonly sessions: ActiveSessions,
  ) {}

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
    const cached = this.sessions.get(userId, sessionId);
    if (cached?.fresh) return cached.active;
    // A revocation applied while asking may postdate the answer: ask again (a revocation is rare).
    for (let attempt = 1; ; attempt++) {
      const mark = this.sessions.mark();
      let active: boolean;
      try {
        active = await this.subjects.isActive(userId, sessionId);
      } catch (error) {
        // The users context is unreachable (the user service restarting, say): the last answer
        // stands until it is back, as the issuer's keys do, rather than refusing everyone.
        // (What is still kept: a revocation since then has removed it.)
        const last = this.sessions.get(userId, sessionId);
        if (last && error instanceof DomainError && error.code === 'UNAVAILABLE')
          return last.active;
        throw error;
      }
      if (this.sessions.set(userId, sessionId, active, mark) || !active || attempt === 3)
        return active;
    }
  }
}
