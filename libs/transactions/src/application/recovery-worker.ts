import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { GlobalTransactionRepository } from './global-transaction.repository.js';
import type { TccCoordinator } from './tcc-coordinator.js';

export interface RecoverySettings {
  intervalMs: number;
  /** How long one worker holds a transaction it drives. */
  leaseMs: number;
  batch: number;
  /** false: no timer here (BACKGROUND_JOBS=off: another process recovers); runOnce still works. */
  enabled?: boolean;
}

/**
 * Finishes every unfinished global transaction: a TRYING one whose starter is gone (lease
 * expired) is cancelled, CONFIRMING/CANCELLING ones are confirmed/cancelled, with backoff, and
 * flagged for an operator past the attempt limit (never dropped).
 */
export class RecoveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TccRecovery');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly log: GlobalTransactionRepository,
    private readonly coordinator: TccCoordinator,
    private readonly settings: RecoverySettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.enabled === false) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .then(() => undefined)
        .catch((error) => this.logger.warn(`recovery pass failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, this.settings.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: claim what is due, drive each a step. Returns how many were driven. */
  async runOnce(): Promise<number> {
    const now = Date.now();
    const due = await this.log.claimDue(now, now + this.settings.leaseMs, this.settings.batch);
    for (const tx of due) await this.coordinator.recover(tx);
    return due.length;
  }
}
