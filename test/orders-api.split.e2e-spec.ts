import { mariadbDatabase } from './support/databases.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startPayingSplit } from './support/payment-sandbox.js';
import type { SplitShop } from './support/split.js';
import { accessTokensSuite } from './access-tokens.suite.js';
import { ordersApiSuite } from './orders-api.suite.js';

/**
 * The same orders suite against the split topology: gateway, user-service, inventory-service
 * (catalog + inventory), order-service (the TCC coordinator) and payment-service (orders are paid
 * through the sandbox providers) as separate processes, each on
 * its own MariaDB database, the TCC branches crossing processes over gRPC.
 */
const users = await mariadbDatabase('mall_user_oe2e');
const inventory = await mariadbDatabase('mall_inventory_oe2e');
const orders = await mariadbDatabase('mall_order_oe2e');
const ranking = await mariadbDatabase('mall_ranking_oe2e');
const payment = await mariadbDatabase('mall_payment_oe2e');

if (!users || !inventory || !orders || !ranking || !payment) {
  it.skip('orders API (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    // A 300-order burst queues at the order-service (about 40 orders/s here, see bench/): the
    // edge waits up to 2 x TCC_TIMEOUT_MS for each, so give it room on a loaded 2-core machine.
    shop = await startPayingSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        ranking: ranking.url,
        payment: payment.url,
      },
      env: { TCC_TIMEOUT_MS: '30000' },
    });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([
      users.drop(),
      inventory.drop(),
      orders.drop(),
      ranking.drop(),
      payment.drop(),
    ]);
  });
  ordersApiSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => inventory,
  );
  accessTokensSuite(
    'split: the gateway and the order-service verify the user-service tokens',
    () => shop,
    () => shop.orders!.env.GRPC_URL,
    () => users,
  );

  const rabbit = await rabbitmqAvailable('the split sales-counter test');
  (rabbit ? it : it.skip)(
    'feeds the sales counter in the ranking-service from the order-service over RabbitMQ',
    async () => {
      // An order of its own, so the check does not depend on what the suite sold.
      const login = await fetch(`${shop.http}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_name: 'test11', password: '123456' }),
      });
      const { access_token } = (await login.json()) as { access_token: string };
      const placed = await fetch(`${shop.http}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${access_token}` },
        body: JSON.stringify({ items: [{ sku_id: 'T00108', quantity: 2 }] }),
      });
      expect(placed.status).toBe(201);
      const counted = async () => {
        const [sold, counts] = await Promise.all([
          inventory.query<{ sku_id: string; sold: number }>(
            'SELECT sku_id, sold FROM inventory_stock WHERE sold > 0 ORDER BY sku_id',
          ),
          ranking.query<{ sku_id: string; units: number }>(
            'SELECT sku_id, units FROM ranking_sku_sales WHERE units <> 0 ORDER BY sku_id',
          ),
        ]);
        return {
          sold: sold.map((r) => [r.sku_id, Number(r.sold)]),
          counts: counts.map((r) => [r.sku_id, Number(r.units)]),
        };
      };
      const deadline = Date.now() + 30_000;
      let last = await counted();
      while (JSON.stringify(last.counts) !== JSON.stringify(last.sold) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        last = await counted();
      }
      expect(last.sold.length).toBeGreaterThan(0);
      expect(last.counts).toEqual(last.sold);
      const unpublished = await orders.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM messaging_outbox WHERE published_at_ms IS NULL',
      );
      expect(Number(unpublished[0].n)).toBe(0);
    },
  );
}
