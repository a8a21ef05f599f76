import { mariadbDatabase } from './support/databases.js';
import { startSplit, type SplitShop } from './support/split.js';
import { ordersApiSuite } from './orders-api.suite.js';

/**
 * The same orders suite against the split topology: gateway, user-service, inventory-service
 * (catalog + inventory) and order-service (the TCC coordinator) as separate processes, each on
 * its own MariaDB database, the TCC branches crossing processes over gRPC.
 */
const users = await mariadbDatabase('mall_user_oe2e');
const inventory = await mariadbDatabase('mall_inventory_oe2e');
const orders = await mariadbDatabase('mall_order_oe2e');

if (!users || !inventory || !orders) {
  it.skip('orders API (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({
      databases: { users: users.url, inventory: inventory.url, orders: orders.url },
    });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop()]);
  });
  ordersApiSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => inventory,
  );
}
