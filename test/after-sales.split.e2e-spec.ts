import { mariadbDatabase } from './support/databases.js';
import { startPayingSplit, type PaymentSandboxes } from './support/payment-sandbox.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import type { SplitShop } from './support/split.js';
import { afterSalesSuite } from './after-sales.suite.js';

/**
 * The after-sales suite against the split topology: the gateway, the order-service (after-sales
 * over gRPC, staff tokens checked with the admin-service), the payment-service, the
 * inventory-service and the ranking-service on their own MariaDB databases, their events over
 * RabbitMQ.
 */
const users = await mariadbDatabase('mall_user_ase2e');
const inventory = await mariadbDatabase('mall_inventory_ase2e');
const orders = await mariadbDatabase('mall_order_ase2e');
const payment = await mariadbDatabase('mall_payment_ase2e');
const ranking = await mariadbDatabase('mall_ranking_ase2e');
const rabbit = await rabbitmqAvailable('the split after-sales suite');

if (!users || !inventory || !orders || !payment || !ranking || !rabbit) {
  it.skip('after-sales (split): no MariaDB or RabbitMQ, see the warning above', () => undefined);
} else {
  let shop: SplitShop & { sandboxes: PaymentSandboxes };
  beforeAll(async () => {
    shop = await startPayingSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        payment: payment.url,
        // The rankings take back refunded units.
        ranking: ranking.url,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([
      users.drop(),
      inventory.drop(),
      orders.drop(),
      payment.drop(),
      ranking.drop(),
    ]);
  });

  afterSalesSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => shop.sandboxes,
    () => ({ orders, payment }),
  );
}
