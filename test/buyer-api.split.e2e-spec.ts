import { mariadbDatabase } from './support/databases.js';
import { startPayingSplit } from './support/payment-sandbox.js';
import type { SplitShop } from './support/split.js';
import { buyerApiSuite } from './buyer-api.suite.js';

/**
 * The buyer suite against the split topology: the gateway, two user-service replicas (profile,
 * addresses; a deleted account's token is refused by both at once), the order-service (asks the user-service for the address with the buyer's token)
 * and the inventory-service, each on its own MariaDB database.
 */
const users = await mariadbDatabase('mall_user_be2e');
const inventory = await mariadbDatabase('mall_inventory_be2e');
const orders = await mariadbDatabase('mall_order_be2e');

if (!users || !inventory || !orders) {
  it.skip('buyer API (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    // Orders are paid through the sandbox providers (real HTTP processes).
    shop = await startPayingSplit({
      databases: { users: users.url, inventory: inventory.url, orders: orders.url },
      replicas: 2,
    });
  }, 180_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop()]);
  });
  buyerApiSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => shop.users[0].env.GRPC_URL,
    () => shop.orders!.env.GRPC_URL,
    () => shop.users.slice(1).map((replica) => replica.env.GRPC_URL),
  );
}
