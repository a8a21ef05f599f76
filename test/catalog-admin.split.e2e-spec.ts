import { mariadbDatabase } from './support/databases.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startModerationSandbox, type Sandbox } from './support/sandboxes.js';
import { startSplit, type SplitShop } from './support/split.js';
import { catalogAdminSuite } from './catalog-admin.suite.js';

/**
 * The same back-office suite against the split topology: the gateway in front of the
 * inventory-service (the catalog; it checks staff tokens with the admin-service), the
 * admin-service (staff, audit log: it appends the catalog's CatalogChanged events from RabbitMQ),
 * the order-service and the user-service, each on its own MariaDB database; the inventory-service
 * moderates a product's images at the thirdparty-service (on SQLite), which asks the sandbox
 * moderation provider (a process of its own).
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
  let moderation: Sandbox;
  beforeAll(async () => {
    const sandbox = await startModerationSandbox();
    moderation = sandbox.sandbox;
    shop = await startSplit({
      env: sandbox.env,
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        admin: admin.url,
      },
    });
  }, 240_000);
  afterAll(async () => {
    await shop?.close();
    await moderation?.stop();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), admin.drop()]);
  });
  catalogAdminSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => moderation,
  );
}
