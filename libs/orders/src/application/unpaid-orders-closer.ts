import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { CloseUnpaidOrders } from './close-unpaid-orders.js';

/** Runs CloseUnpaidOrders every `intervalMs` (ORDER_CLOSE_INTERVAL_MS), one pass at a time. */
export class UnpaidOrdersCloser implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UnpaidOrdersCloser');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly closeUnpaid: CloseUnpaidOrders,
    private readonly intervalMs: number,
    /** false: no timer here (BACKGROUND_JOBS=off: another process runs the passes). */
    private readonly enabled = true,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.closeUnpaid
        .execute()
        .then((closed) => {
          if (closed > 0) this.logger.log(`closed ${closed} unpaid orders`);
        })
        .catch((error) => this.logger.warn(`closing pass failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
