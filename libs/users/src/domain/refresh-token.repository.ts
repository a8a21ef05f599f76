/** A refresh token as stored: only its SHA-256, never the token. */
export interface RefreshTokenRecord {
  tokenHash: string;
  userId: number;
  /** The log-in session (`sid` in its access tokens): every token refreshed from one log-in. */
  sessionId: string;
  expiresAtMs: number;
  /** Set once it was exchanged for a new pair; exchanging it again is a reuse. */
  usedAtMs: number | null;
  revoked: boolean;
}

/** The users context's refresh tokens (bound to TypeORM in infrastructure/). */
export abstract class RefreshTokenRepository {
  abstract add(record: Omit<RefreshTokenRecord, 'usedAtMs' | 'revoked'>): Promise<void>;
  abstract findByHash(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /** Marks it used unless it already was; false if another exchange got there first. */
  abstract markUsed(tokenHash: string, nowMs: number): Promise<boolean>;
  /** Revokes every refresh token of the session (and so its access tokens). */
  abstract revokeSession(sessionId: string): Promise<void>;
  /** Revokes every session of the user but `keepSessionId` (none kept when it is undefined). */
  abstract revokeUserSessions(userId: number, keepSessionId?: string): Promise<void>;
  /**
   * True for a session that exists and was never revoked. Revocation sticks: a token added to
   * the session after it (a refresh racing a reuse) does not bring it back.
   */
  abstract isSessionLive(sessionId: string): Promise<boolean>;
}
