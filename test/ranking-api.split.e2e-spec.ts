import { mariadbDatabase } from './support/databases.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startPayingSplit } from './support/payment-sandbox.js';
import type { SplitShop } from './support/split.js';
import { rankingApiSuite } from './ranking-api.suite.js';

/**
 * The same ranking suite against the split topology: the order-service's events reach the
 * ranking-service over RabbitMQ (its own MariaDB database), which asks the inventory-service's
 * catalog for each SKU's product; the gateway serves the routes over gRPC.
 */
const users = await mariadbDatabase('mall_user_re2e');
const inventory = await mariadbDatabase('mall_inventory_re2e');
const orders = await mariadbDatabase('mall_order_re2e');
const ranking = await mariadbDatabase('mall_ranking_re2e');
const rabbit = await rabbitmqAvailable('the split ranking suite');

if (!users || !inventory || !orders || !ranking || !rabbit) {
  it.skip('ranking API (split): no MariaDB or RabbitMQ, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    // Orders are paid through the sandbox providers (real HTTP processes).
    shop = await startPayingSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        ranking: ranking.url,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), ranking.drop()]);
  });
  rankingApiSuite('split: gateway + ranking-service over RabbitMQ and gRPC', () => shop);
}
