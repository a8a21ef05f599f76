import { mariadbDatabase } from './support/databases.js';
import { startPayingSplit, type PaymentSandboxes } from './support/payment-sandbox.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import type { SplitShop } from './support/split.js';
import { unpaidOrdersSuite } from './unpaid-orders.suite.js';

// The split topology on MariaDB with a payment timeout of 2 s: the order-service closes the
// order, the inventory-service gets its units back, the payment-service hears OrderClosed.
const users = await mariadbDatabase('mall_user_ue2e');
const inventory = await mariadbDatabase('mall_inventory_ue2e');
const orders = await mariadbDatabase('mall_order_ue2e');
const payment = await mariadbDatabase('mall_payment_ue2e');
const rabbit = await rabbitmqAvailable('the split unpaid-orders suite');

if (!users || !inventory || !orders || !payment || !rabbit) {
  it.skip('unpaid orders close (split): no MariaDB or RabbitMQ, see the warning above', () =>
    undefined);
} else {
  let shop: SplitShop & { sandboxes: PaymentSandboxes };
  beforeAll(async () => {
    shop = await startPayingSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        payment: payment.url,
      },
      env: { ORDER_PAYMENT_TIMEOUT_MS: '2000', ORDER_CLOSE_INTERVAL_MS: '200' },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), payment.drop()]);
  });
  unpaidOrdersSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => shop.sandboxes,
  );
}
