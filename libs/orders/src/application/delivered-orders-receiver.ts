import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AutoReceiveOrders } from './auto-receive-orders.js';

/** Runs AutoReceiveOrders every `intervalMs` (ORDER_AUTO_RECEIVE_INTERVAL_MS), one pass at a time. */
export class DeliveredOrdersReceiver implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeliveredOrdersReceiver');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly autoReceive: AutoReceiveOrders,
    private readonly intervalMs: number,
    /** false: no timer here (BACKGROUND_JOBS=off: another process runs the passes). */
    private readonly enabled = true,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.autoReceive
        .execute()
        .then((received) => {
          if (received > 0) this.logger.log(`received ${received} delivered orders`);
        })
        .catch((error) => this.logger.warn(`receiving pass failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
