import { DomainError } from '@nestmall/ports/platform';
import type { ReadMode } from './stock-reads.config.js';

/** A value as it was last read from its source, and when (ms since the epoch, UTC). */
export interface Remembered<T> {
  value: T;
  readAt: number;
}

/**
 * The last value read per key, in this process: a Map kept in least-recently-used order, bounded
 * by entries. Values never expire: they are what ap mode answers, marked stale, while the source
 * is unreachable. Stores JSON text, so callers get copies.
 */
export class LastKnownValues {
  private readonly entries = new Map<string, { json: string; readAt: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!(maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
  }

  remember(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { json: JSON.stringify(value), readAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  recall<T>(key: string): Remembered<T> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry); // now the most recently used
    return { value: JSON.parse(entry.json) as T, readAt: entry.readAt };
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A read's answer: fresh from the source, or (ap mode only) the last known value, stale. */
export interface ReadAnswer<T> {
  value: T;
  /** Set on a stale answer only: when the value was read from the source. */
  staleAsOf?: Date;
}

/** The source did not answer: a 503 (UNAVAILABLE), whether refused, down or too slow. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'UNAVAILABLE';
}

/**
 * The mode decision, in one place. cp: the source's answer or its error (consistency over
 * availability). ap: the source's answer, remembered; when the source is unreachable, the last
 * known value marked stale, or the source's error when nothing is known yet (availability over
 * consistency, never invented data). Any other error (a 404, say) passes through in both modes.
 */
export class CapReads {
  constructor(
    readonly mode: ReadMode,
    private readonly lastKnown = new LastKnownValues(),
  ) {}

  /** Reads that never cross a network (in-process): always consistent, nothing remembered. */
  static consistent(): CapReads {
    return new CapReads('cp');
  }

  async read<T>(key: string, fetch: () => Promise<T>): Promise<ReadAnswer<T>> {
    if (this.mode === 'cp') return { value: await fetch() };
    try {
      const value = await fetch();
      this.lastKnown.remember(key, value);
      return { value };
    } catch (error) {
      const known = isUnreachable(error) ? this.lastKnown.recall<T>(key) : undefined;
      if (!known) throw error;
      return { value: known.value, staleAsOf: new Date(known.readAt) };
    }
  }
}
