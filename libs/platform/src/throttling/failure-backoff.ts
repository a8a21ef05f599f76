/** When failures start to cost a wait, and how long it may grow. */
export interface BackoffPolicy {
  /** The failure that makes the first wait (1 s); each further failure doubles it. */
  failuresBeforeBackoff: number;
  maxWaitSeconds: number;
}

/** Failures are forgotten this long after the last one (at least the longest wait). */
export const FORGET_FAILURES_AFTER_MS = 60 * 60 * 1000;

/**
 * Exponential backoff after repeated failures of one key (an account's log-ins). An attempt is
 * counted as a failure when it starts and forgotten by reset() when it succeeds, so attempts
 * sent all at once cannot all slip in before the first failure is recorded.
 */
export abstract class FailureBackoff {
  /** 0 when `key` may go ahead (the attempt is then counted), else the seconds it must wait. */
  abstract attempt(key: string): Promise<number>;
  /** Forgets `key`'s failures: call it after a success. */
  abstract reset(key: string): Promise<void>;
}

/** The wait after the `failures`-th failure, in ms: 0, then 1 s doubling up to the maximum. */
export function backoffMs(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.failuresBeforeBackoff) return 0;
  const exponent = Math.min(failures - policy.failuresBeforeBackoff, 30);
  return Math.min(policy.maxWaitSeconds * 1000, 1000 * 2 ** exponent);
}

/** Per-process backoff (the monolith's default): a map that drops keys nobody failed lately. */
export class MemoryFailureBackoff extends FailureBackoff {
  private readonly keys = new Map<string, { failures: number; until: number; forget: number }>();

  constructor(private readonly policy: BackoffPolicy) {
    super();
  }

  async attempt(key: string): Promise<number> {
    const now = Date.now();
    const entry = this.keys.get(key);
    if (entry && entry.until > now) return Math.ceil((entry.until - now) / 1000);
    const failures = (entry && entry.forget > now ? entry.failures : 0) + 1;
    this.keys.set(key, {
      failures,
      until: now + backoffMs(failures, this.policy),
      forget: now + FORGET_FAILURES_AFTER_MS,
    });
    if (this.keys.size > 10_000) this.sweep(now);
    return 0;
  }

  async reset(key: string): Promise<void> {
    this.keys.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.keys) if (entry.forget <= now) this.keys.delete(key);
  }
}
