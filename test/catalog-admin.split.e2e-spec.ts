import { mariadbDatabase } from './support/databases.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startSplit, type SplitShop } from './support/split.js';
import { catalogAdminSuite } from './catalog-admin.suite.js';

/**
 * The same back-office suite against the split topology: the gateway in front of the
 * inventory-service (the catalog; it checks staff tokens with the admin-service), the
 * admin-service (staff, audit log: it appends the catalog's CatalogChanged events from RabbitMQ),
 * the order-service and the user-service, each on its own MariaDB database.
 */
const users = await mariadbDatabase('mall_user_ce2e');
const inventory = await mariadbDatabase('mall_inventory_ce2e');
const orders = await mariadbDatabase('mall_order_ce2e');
const admin = await mariadbDatabase('mall_admin_ce2e');
const rabbit = await rabbitmqAvailable('the catalog back office (split)');

if (!users || !inventory || !orders || !admin || !rabbit) {
  it.skip('catalog back office (split): no MariaDB or RabbitMQ, see above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        admin: admin.url,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), admin.drop()]);
  });
  catalogAdminSuite('split: gateway + services on MariaDB', () => shop);
}
