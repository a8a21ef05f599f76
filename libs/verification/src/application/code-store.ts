import type { StoredCode } from '../domain/verification-code.js';

/**
 * Where codes and the send counters live, with their time to live: memory in the monolith,
 * Redis in the split topology (every replica sees the same codes and counts). Each operation is
 * atomic, which is what makes the attempt limit and single use hold under concurrent attempts.
 */
export abstract class CodeStore {
  /** Stores the code of `key` (replacing any), with 0 attempts, for `ttlMs`. */
  abstract put(key: string, hash: string, ttlMs: number): Promise<void>;
  /** Counts one attempt against the live code of `key` and returns it; null if none is live. */
  abstract takeAttempt(key: string): Promise<StoredCode | null>;
  /** Deletes the code of `key`; true for the one caller that deleted it (single use). */
  abstract consume(key: string): Promise<boolean>;
  /** Starts a cooldown of `ms` on `key`: 0 if this call started it, else the ms it has left. */
  abstract claimCooldown(key: string, ms: number): Promise<number>;
  /** Adds one to the counter of `key` (which lives `windowMs` from its first hit); the new count. */
  abstract hit(key: string, windowMs: number): Promise<number>;
}
