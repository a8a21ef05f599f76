import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { InventoryClient } from '@nestmall/inventory';
import { Redis } from 'ioredis';
import type { GateAnswer, GateDrift } from '../application/stock-gate.js';
import { StockGate } from '../application/stock-gate.js';
import type { RequestedLine } from '../domain/order.js';
import { inStockChannel, soldOutChannel } from './redis-sold-out-board.js';

/**
 * All lines or none, atomically (a Lua script runs alone on the Redis server): a missing count
 * answers -i (load line i first), a short one answers i, else every count is decremented and
 * the answer is 0.
 */
const ADMIT = `
for i = 1, #KEYS do
  local left = redis.call('GET', KEYS[i])
  if not left then return -i end
  if tonumber(left) < tonumber(ARGV[i]) then return i end
end
for i = 1, #KEYS do redis.call('DECRBY', KEYS[i], ARGV[i]) end
return 0`;

/** Gives units back to the counts that still exist (a reloaded count already has them). */
const RELEASE = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBY', KEYS[i], ARGV[i]) end
end
return 0`;

export interface RedisStockGateOptions {
  url: string;
  /** Key prefix: `<prefix>:stock:<sku>`. */
  prefix: string;
  /**
   * How long a count lives before it is loaded again from the inventory (the reconciliation:
   * restocks and cancelled orders reach the gate within this time).
   */
  ttlMs: number;
}

/**
 * The hot-SKU gate on Redis: per SKU a count of available units, loaded from the inventory
 * (GET /skus/:sku/stock's `available`) when missing and expiring after `ttlMs`, decremented by
 * a Lua script for every admitted order. Redis unreachable: the gate opens (every order goes
 * to the database, as without it) and says so in the log.
 */
export class RedisStockGate extends StockGate implements OnApplicationShutdown {
  private readonly logger = new Logger('StockGate');
  private readonly redis: Redis;
  private warnedAt = 0;
  private connecting?: Promise<void>;
  private retryAfter = 0;

  constructor(
    private readonly options: RedisStockGateOptions,
    private readonly inventory: InventoryClient,
  ) {
    super();
    this.redis = new Redis(options.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 1000,
      disconnectTimeout: 200,
      // No reconnect loop of its own (its timers would outlive a shutdown): the next call after
      // a failure connects again, at most once a second.
      retryStrategy: () => null,
    });
    this.redis.on('error', () => undefined); // reported per call below, not per reconnect
    this.redis.defineCommand('admitStock', { lua: ADMIT });
    this.redis.defineCommand('releaseStock', { lua: RELEASE });
  }

  protected async take(lines: RequestedLine[]): Promise<GateAnswer> {
    try {
      await this.connect();
      const keys = lines.map((l) => this.key(l.skuId));
      const units = lines.map((l) => String(l.quantity));
      for (let attempt = 0; attempt < 3; attempt++) {
        const answer = Number(await this.call('admitStock', keys, units));
        if (answer === 0) return { admitted: true };
        const line = lines[Math.abs(answer) - 1];
        if (answer > 0) {
          const left = Math.max(0, Number(await this.redis.get(keys[answer - 1])));
          // Sold out: every edge process refuses its next buyers before authentication.
          if (left === 0)
            void this.redis
              .publish(soldOutChannel(this.options.prefix), line.skuId)
              .catch((error: unknown) => this.warn(error));
          return { admitted: false, skuId: line.skuId, available: left };
        }
        await this.load(line.skuId);
      }
      return { admitted: true };
    } catch (error) {
      this.warn(error);
      return { admitted: true };
    }
  }

  async release(lines: RequestedLine[]): Promise<void> {
    try {
      await this.connect();
      await this.call(
        'releaseStock',
        lines.map((l) => this.key(l.skuId)),
        lines.map((l) => String(l.quantity)),
      );
      // Units back (an admitted order the inventory refused): a SKU the edges took for sold out
      // may be on sale again.
      for (const line of lines)
        await this.redis.publish(inStockChannel(this.options.prefix), line.skuId);
    } catch (error) {
      this.warn(error);
    }
  }

  async reconcile(available: Map<string, number>): Promise<GateDrift[]> {
    try {
      await this.connect();
      const skus = [...available.keys()];
      if (skus.length === 0) return [];
      const counts = await this.redis.mget(...skus.map((sku) => this.key(sku)));
      const drift: GateDrift[] = [];
      for (const [i, sku] of skus.entries()) {
        if (counts[i] === null) continue; // not loaded: the next order loads it
        const gate = Number(counts[i]);
        if (gate === available.get(sku)) continue;
        drift.push({ sku_id: sku, gate, available: available.get(sku)! });
        await this.redis.del(this.key(sku));
      }
      return drift;
    } catch (error) {
      this.warn(error);
      return [];
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }

  private async load(skuId: string): Promise<void> {
    // An unknown SKU is the inventory's to refuse: count it as available so the order goes on.
    const available = await this.inventory.getStock(skuId).then(
      (s) => s.available,
      () => 1_000_000,
    );
    await this.redis.set(this.key(skuId), String(available), 'PX', this.options.ttlMs, 'NX');
    if (available > 0) await this.redis.publish(inStockChannel(this.options.prefix), skuId);
  }

  private call(command: 'admitStock' | 'releaseStock', keys: string[], args: string[]) {
    const run = (this.redis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[
      command
    ];
    return run.call(this.redis, keys.length, ...keys, ...args);
  }

  /** One connection attempt at a time; after a failure the next call tries again. */
  private connect(): Promise<void> {
    if (this.redis.status === 'ready') return Promise.resolve();
    if (!this.connecting && Date.now() < this.retryAfter)
      return Promise.reject(new Error('Redis was unreachable a moment ago'));
    this.connecting ??= this.redis
      .connect()
      .catch((error: unknown) => {
        this.retryAfter = Date.now() + 1000;
        throw error;
      })
      .finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private key(skuId: string): string {
    return `${this.options.prefix}:stock:${skuId}`;
  }

  private warn(error: unknown): void {
    if (Date.now() - this.warnedAt < 10_000) return;
    this.warnedAt = Date.now();
    this.logger.warn(
      `hot-SKU gate unavailable, orders go straight to the inventory: ${(error as Error).message}`,
    );
  }
}
