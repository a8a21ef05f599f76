import { Injectable } from '@nestjs/common';
import { AccessTokenRevocations } from './access-token-revocations.js';
import { ActiveSessions } from './active-sessions.js';

/** AUTH_REVOCATIONS=local: this process is the only verifier (the monolith). */
@Injectable()
export class LocalAccessTokenRevocations extends AccessTokenRevocations {
  constructor(private readonly sessions: ActiveSessions) {
    super();
  }

  async revokeUser(userId: number): Promise<void> {
    this.sessions.forgetUser(userId);
  }
}
