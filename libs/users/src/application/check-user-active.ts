import { Injectable } from '@nestjs/common';
import { RefreshTokenRepository } from '../domain/refresh-token.repository.js';
import { MAX_USER_ID } from '../domain/user.js';
import { UserRepository } from '../domain/user.repository.js';

/**
 * Whether an access token's subject may still use it: the user exists and is not deleted, and
 * the token's session (if it names one) is not logged out. Read from the database every time
 * (not the view cache), so a change counts at once; the verifiers cache the answer briefly.
 */
@Injectable()
export class CheckUserActive {
  constructor(
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
  ) {}

  async execute(userId: number, sessionId?: string): Promise<boolean> {
    if (!Number.isInteger(userId) || userId < 1 || userId > MAX_USER_ID) return false;
    if ((await this.users.findById(userId)) === null) return false;
    return !sessionId || this.refreshTokens.isSessionLive(sessionId);
  }
}
