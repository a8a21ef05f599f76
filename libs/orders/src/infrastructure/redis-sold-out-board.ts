import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

/** The Redis channel on which the hot-SKU gate says a SKU has no unit left: `<prefix>:sold-out`. */
export const soldOutChannel = (prefix: string) => `${prefix}:sold-out`;
/** ... and on which it says it has loaded a count above 0 for a SKU (a restock): `<prefix>:in-stock`. */
export const inStockChannel = (prefix: string) => `${prefix}:in-stock`;

export interface SoldOutBoardOptions {
  url: string;
  prefix: string;
  /** How long a SKU stays sold out here after the gate said so: the gate's own count TTL. */
  ttlMs: number;
}

/**
 * What the edge (the monolith's or the gateway's HTTP server) knows of sold-out SKUs, so that a
 * flash sale's losers are refused before their token is verified or their body validated
 * (sold-out-refusal.ts). The hot-SKU gate publishes a SKU on the channel when it refuses an order
 * because the SKU's count is 0; every edge process subscribes and keeps the SKU for `ttlMs`, as
 * long as the gate keeps its count before reloading it from the inventory, and drops it when the
 * gate loads a count above 0: a restock is seen here no later than by the gate. Only ever a "no" earlier: the gate and the inventory still
 * decide every order that passes. Redis unreachable: the board is empty (every order passes on).
 */
export class RedisSoldOutBoard implements OnApplicationShutdown {
  private readonly logger = new Logger('SoldOutBoard');
  private readonly until = new Map<string, number>();
  private readonly subscriber: Redis;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: SoldOutBoardOptions) {
    this.subscriber = new Redis(options.url, {
      lazyConnect: true,
      connectTimeout: 1000,
      // No reconnect loop of ioredis's own (its timer would hold a stopped process): start()
      // again a second after the connection ends, on a timer that does not.
      retryStrategy: () => null,
    });
    this.subscriber.on('end', () => this.retryLater());
    let warned = 0;
    this.subscriber.on('error', (error: Error) => {
      if (Date.now() - warned < 10_000) return;
      warned = Date.now();
      this.logger.warn(`sold-out board not subscribed, orders pass on: ${error.message}`);
    });
    this.subscriber.on('message', (channel: string, skuId: string) => {
      if (channel === soldOutChannel(options.prefix)) this.mark(skuId);
      else this.until.delete(skuId);
    });
  }

  /** Subscribes; a Redis that is down is retried in the background, not a start-up failure. */
  start(): void {
    if (this.closed) return;
    this.subscriber
      .connect()
      .then(() =>
        this.subscriber.subscribe(
          soldOutChannel(this.options.prefix),
          inStockChannel(this.options.prefix),
        ),
      )
      .catch(() => this.retryLater()); // the error listener above reports it
  }

  private retryLater(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.start();
    }, 1000).unref();
  }

  mark(skuId: string): void {
    this.until.set(skuId, Date.now() + this.options.ttlMs);
  }

  /** Whether the gate said, less than its TTL ago, that `skuId` has no unit left. */
  isSoldOut(skuId: string): boolean {
    const until = this.until.get(skuId);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.until.delete(skuId);
    return false;
  }

  onApplicationShutdown(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.subscriber.disconnect();
  }
}
