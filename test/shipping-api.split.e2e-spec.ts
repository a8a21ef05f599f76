// Shipping and the third-party providers in the split topology: the gateway, the order-service
// shipping through the thirdparty-service over gRPC (mutual TLS), ShipmentTracked crossing
// RabbitMQ from the thirdparty-service to the order-service, each on its own MariaDB database,
// against the real sandbox carrier, identity and payment providers (HTTP processes).
import { mariadbDatabase } from './support/databases.js';
import { startPayingSplit, type PaymentSandboxes } from './support/payment-sandbox.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startThirdpartySandboxes, type ThirdpartySandboxes } from './support/sandboxes.js';
import type { SplitShop } from './support/split.js';
import { shippingApiSuite } from './shipping-api.suite.js';

const users = await mariadbDatabase('mall_user_she2e');
const inventory = await mariadbDatabase('mall_inventory_she2e');
const orders = await mariadbDatabase('mall_order_she2e');
const thirdparty = await mariadbDatabase('mall_thirdparty_she2e');
const rabbit = await rabbitmqAvailable('the split shipping suite');

if (!users || !inventory || !orders || !thirdparty || !rabbit) {
  it.skip('shipping API (split): no MariaDB or RabbitMQ, see the warning above', () => undefined);
} else {
  let shop: SplitShop & { sandboxes: PaymentSandboxes };
  let sandboxes: ThirdpartySandboxes;
  beforeAll(async () => {
    sandboxes = await startThirdpartySandboxes();
    shop = await startPayingSplit({
      databases: {
        users: users.url,
        inventory: inventory.url,
        orders: orders.url,
        thirdparty: thirdparty.url,
      },
      env: {
        ...sandboxes.env,
        THIRDPARTY_TIMEOUT_MS: '300',
        THIRDPARTY_ATTEMPTS: '2',
        THIRDPARTY_BREAK_AFTER: '4',
        THIRDPARTY_HALF_OPEN_AFTER_MS: '1500',
        ORDER_AUTO_RECEIVE_AFTER_MS: '2000',
        ORDER_AUTO_RECEIVE_INTERVAL_MS: '200',
      },
    });
  }, 240_000);
  afterAll(async () => {
    await shop?.close();
    await sandboxes?.stop();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), thirdparty.drop()]);
  });

  shippingApiSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => sandboxes,
  );
}
