import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/config.schema.js';

/** Bounds the cache of answers; past it the cache starts again. */
const MAX_CACHED_SESSIONS = 10_000;

/**
 * What this process last heard from the users context about "is this user's session live", kept
 * AUTH_USER_CACHE_MS. A revocation (AccessTokenRevocations) makes it forget a user at once; while
 * the revocations cannot reach this process (AUTH_REVOCATIONS=redis and the subscription is
 * down) nothing is kept, so a revocation it missed cannot be answered from here.
 */
@Injectable()
export class ActiveSessions {
  private readonly entries = new Map<string, { active: boolean; until: number }>();
  private readonly ttlMs: number;
  /** Counts forgets: an answer asked for before one may predate the revocation it applied. */
  private forgets = 0;
  private listening = true;

  constructor(config: ConfigService<AppConfig, true>) {
    this.ttlMs = config.get('AUTH_USER_CACHE_MS', { infer: true });
  }

  /** The kept answer (`fresh`: within AUTH_USER_CACHE_MS), if any. */
  get(userId: number, sessionId?: string): { active: boolean; fresh: boolean } | undefined {
    const entry = this.entries.get(key(userId, sessionId));
    return entry && { active: entry.active, fresh: entry.until > Date.now() };
  }

  /** A mark to pass to `set`: an answer asked for after it. */
  mark(): number {
    return this.forgets;
  }

  /** Keeps an answer, unless a revocation was applied since `mark` (the answer may be older). */
  set(userId: number, sessionId: string | undefined, active: boolean, mark: number): boolean {
    if (mark !== this.forgets) return false;
    if (!this.listening) return true;
    if (this.entries.size >= MAX_CACHED_SESSIONS) this.entries.clear();
    this.entries.set(key(userId, sessionId), { active, until: Date.now() + this.ttlMs });
    return true;
  }

  /** Every session of the user: asked again on its next request. */
  forgetUser(userId: number): void {
    this.forgets++;
    const prefix = `${userId}:`;
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  /** Whether revocations reach this process; while they do not, nothing is kept. */
  setListening(listening: boolean): void {
    if (!listening) {
      this.forgets++;
      this.entries.clear();
    }
    this.listening = listening;
  }
}

const key = (userId: number, sessionId?: string) => `${userId}:${sessionId ?? ''}`;
