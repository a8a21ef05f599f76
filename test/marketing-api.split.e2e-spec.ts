import { mariadbDatabase } from './support/databases.js';
import { startSplit, type SplitShop } from './support/split.js';
import { marketingApiSuite } from './marketing-api.suite.js';

/**
 * The same marketing suite against the split topology: gateway, user-service, inventory-service,
 * marketing-service, order-service and admin-service (the staff tokens, checked by the gateway and
 * again by the marketing-service) as separate processes, each on its own MariaDB database; the
 * coupon branch of place-order crosses processes over gRPC.
 */
const users = await mariadbDatabase('mall_user_me2e');
const inventory = await mariadbDatabase('mall_inventory_me2e');
const orders = await mariadbDatabase('mall_order_me2e');
const marketing = await mariadbDatabase('mall_marketing_me2e');
const admin = await mariadbDatabase('mall_admin_me2e');

if (!users || !inventory || !orders || !marketing || !admin) {
  it.skip('marketing API (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        marketing: marketing.url,
        admin: admin.url,
      },
      // The red packet test registers and logs in 25 buyers from one address; 1,000 concurrent
      // claims and 300 concurrent orders queue at the services on a loaded 2-core machine.
      env: {
        AUTH_ATTEMPTS_PER_MINUTE: '10000',
        GRPC_DEADLINE_MS: '30000',
        TCC_TIMEOUT_MS: '30000',
      },
    });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([
      users.drop(),
      inventory.drop(),
      orders.drop(),
      marketing.drop(),
      admin.drop(),
    ]);
  });
  marketingApiSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => marketing,
    () => shop.marketing!.env.GRPC_URL,
  );
}
