import type { OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@nestmall/platform';
import { Redis } from 'ioredis';
import { CART_LIMITS } from '../application/cart-limits.js';
import {
  Cart,
  CartChangedConcurrentlyError,
  type CheckedOutOrder,
  ownerKey,
  type CartLine,
  type CartOwner,
} from '../domain/cart.js';
import { CartRepository } from '../domain/cart.repository.js';

/**
 * Saves a cart if its version is still the one loaded, as one step on the Redis server (a Lua
 * script runs alone): 0 when another save came first, else 1.
 * KEYS[1] the cart's hash; ARGV: loaded version, TTL in seconds (0: none), the checked-out
 * orders (JSON), then field/value pairs of the lines.
 */
const SAVE = `
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current ~= tonumber(ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'v', current + 1, 'o', ARGV[3], unpack(ARGV, 4))
if tonumber(ARGV[2]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 1`;

export interface RedisCartOptions {
  url: string;
  /** Key prefix: `<prefix>:cart:user:<id>`, `<prefix>:cart:guest:<cart id>`. */
  prefix: string;
  /** How long a guest cart lives after its last change. */
  guestTtlSeconds: number;
}

/** The stored form of a line, in the hash field `l:<sku>`. */
interface StoredLine {
  q: number;
  p: number;
  t: number;
}

/**
 * Carts in Redis (CART_STORE=redis), like eShop's basket: one hash per cart (`v` its version,
 * `o` its checked-out orders, `l:<sku>` a line each). A save is a compare-and-set on `v` in a Lua
 * script, so two devices that add at once both count: the later one loads again and retries.
 * Guest carts expire CART_GUEST_TTL_DAYS after their last change; a buyer's cart does not.
 */
export class RedisCartRepository extends CartRepository implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(private readonly options: RedisCartOptions) {
    super();
    this.redis = new Redis(options.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    });
    this.redis.on('error', () => undefined); // each call reports its own failure
    this.redis.defineCommand('saveCart', { numberOfKeys: 1, lua: SAVE });
  }

  async load(owner: CartOwner): Promise<Cart> {
    const hash = await this.call(() => this.redis.hgetall(this.key(owner)));
    if (!hash.v) return Cart.empty(owner, CART_LIMITS);
    const lines: CartLine[] = Object.entries(hash)
      .filter(([field]) => field.startsWith('l:'))
      .map(([field, value]) => {
        const l = JSON.parse(value) as StoredLine;
        return {
          skuId: field.slice(2),
          quantity: l.q,
          priceWhenAddedCents: l.p,
          addedAt: new Date(l.t),
        };
      })
      .sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime());
    return Cart.restore(
      {
        owner,
        version: Number(hash.v),
        checkedOutOrders: JSON.parse(hash.o ?? '[]') as CheckedOutOrder[],
        lines,
      },
      CART_LIMITS,
    );
  }

  async save(cart: Cart): Promise<void> {
    const s = cart.snapshot();
    const fields = s.lines.flatMap((l) => [
      `l:${l.skuId}`,
      JSON.stringify({ q: l.quantity, p: l.priceWhenAddedCents, t: l.addedAt.getTime() }),
    ]);
    const ttl = s.owner.kind === 'guest' ? this.options.guestTtlSeconds : 0;
    const saved = await this.call(() =>
      (
        this.redis as Redis & {
          saveCart(key: string, ...args: (string | number)[]): Promise<number>;
        }
      ).saveCart(this.key(s.owner), s.version, ttl, JSON.stringify(s.checkedOutOrders), ...fields),
    );
    if (Number(saved) !== 1) throw new CartChangedConcurrentlyError();
  }

  async delete(owner: CartOwner): Promise<void> {
    await this.call(() => this.redis.del(this.key(owner)));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'wait') return; // never connected
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private key(owner: CartOwner): string {
    return `${this.options.prefix}:cart:${ownerKey(owner)}`;
  }

  /** A Redis failure is the cart being unavailable (503), not a bug (500). */
  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      if (this.redis.status === 'wait') await this.redis.connect().catch(() => undefined);
      return await command();
    } catch (error) {
      throw new DomainError(
        'UNAVAILABLE',
        `the cart store is unavailable: ${(error as Error).message}`,
      );
    }
  }
}
