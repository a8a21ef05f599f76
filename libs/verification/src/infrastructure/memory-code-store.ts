import { CodeStore } from '../application/code-store.js';
import type { StoredCode } from '../domain/verification-code.js';

interface Entry {
  hash: string;
  attempts: number;
  count: number;
  expiresAtMs: number;
}

/**
 * The monolith's code store: one process, so a Map is the whole truth (each method runs without
 * an await inside, hence atomically). Codes do not survive a restart: the buyer asks again.
 */
export class MemoryCodeStore extends CodeStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  async put(key: string, hash: string, ttlMs: number): Promise<void> {
    this.sweep();
    this.entries.set(`code:${key}`, {
      hash,
      attempts: 0,
      count: 0,
      expiresAtMs: this.now() + ttlMs,
    });
  }

  async takeAttempt(key: string): Promise<StoredCode | null> {
    const entry = this.live(`code:${key}`);
    if (!entry) return null;
    entry.attempts++;
    return { hash: entry.hash, attempts: entry.attempts };
  }

  async consume(key: string): Promise<boolean> {
    return !!this.live(`code:${key}`) && this.entries.delete(`code:${key}`);
  }

  async claimCooldown(key: string, ms: number): Promise<number> {
    const entry = this.live(`cooldown:${key}`);
    if (entry) return entry.expiresAtMs - this.now();
    this.entries.set(`cooldown:${key}`, {
      hash: '',
      attempts: 0,
      count: 0,
      expiresAtMs: this.now() + ms,
    });
    return 0;
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const name = `count:${key}`;
    const entry = this.live(name) ?? {
      hash: '',
      attempts: 0,
      count: 0,
      expiresAtMs: this.now() + windowMs,
    };
    entry.count++;
    this.entries.set(name, entry);
    return entry.count;
  }

  private live(name: string): Entry | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.expiresAtMs > this.now()) return entry;
    this.entries.delete(name);
    return null;
  }

  /** Drops what has expired, so abandoned codes and counters do not pile up. */
  private sweep(): void {
    if (this.entries.size < 10_000) return;
    const now = this.now();
    for (const [name, entry] of this.entries)
      if (entry.expiresAtMs <= now) this.entries.delete(name);
  }
}
