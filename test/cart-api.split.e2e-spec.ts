import { mariadbDatabase } from './support/databases.js';
import { keysUnder, redisAvailable, redisClient } from './support/redis.js';
import { startSplit, type SplitShop } from './support/split.js';
import { cartApiSuite } from './cart-api.suite.js';

/**
 * The same cart suite against the split topology: two cart-service replicas keep the carts in the real
 * Redis (CART_STORE=redis, its default, under the run's own key prefix), and reaches the catalog,
 * the inventory and the order-service over gRPC; every service on its own MariaDB database.
 */
const users = await mariadbDatabase('mall_user_ce2e');
const inventory = await mariadbDatabase('mall_inventory_ce2e');
const orders = await mariadbDatabase('mall_order_ce2e');
const cart = await mariadbDatabase('mall_cart_ce2e');
const redis = await redisAvailable('the split cart suite');

if (!users || !inventory || !orders || !cart || !redis) {
  it.skip('cart API (split): no MariaDB or Redis, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        cart: cart.url,
      },
      // Two replicas, which the gateway takes turns calling: concurrent adds to one cart then
      // race between processes too, and only the Redis compare-and-set keeps them all.
      cartReplicas: 2,
      // Answers matter here, not speed: 50 adds at once each wait for the catalog and the stock
      // over gRPC, so on a loaded 2-core machine give every call 15 s instead of 2 s.
      env: { CACHE: 'off', TCC_TIMEOUT_MS: '30000', GRPC_DEADLINE_MS: '15000' },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), cart.drop()]);
  });
  cartApiSuite('split: gateway + cart-service on Redis', {
    shop: () => shop,
    catalogDatabase: () => inventory,
    cartGrpcUrl: () => shop.carts[0].env.GRPC_URL,
    restartCartService: async () => {
      await Promise.all(shop.carts.map((c) => c.kill('SIGKILL')));
      for (const c of shop.carts) await c.start();
    },
  });
  it('keeps the carts in Redis, not in the cart-service database', async () => {
    const client = redisClient();
    try {
      const keys = await keysUnder(client, `${shop.redisKeyPrefix}:cart:`);
      expect(keys.filter((k) => k.includes(':cart:user:')).length).toBeGreaterThan(5);
      expect(keys.some((k) => k.includes(':cart:guest:'))).toBe(true);
    } finally {
      client.disconnect();
    }
    const rows = await cart.query<{ n: number }>('SELECT COUNT(*) AS n FROM cart_line');
    expect(Number(rows[0].n)).toBe(0);
  });
}
