import { mariadbDatabase } from './support/databases.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startPayingSplit } from './support/payment-sandbox.js';
import type { SplitShop } from './support/split.js';
import { imApiSuite } from './im-api.suite.js';

/**
 * The IM suite against the split topology: two im-service replicas on one MariaDB database,
 * sharing pushes over RabbitMQ (a fanout exchange, a queue each), the order events from the
 * order-service over RabbitMQ; a buyer on replica A and the staff on replica B.
 */
const users = await mariadbDatabase('mall_user_ie2e');
const inventory = await mariadbDatabase('mall_inventory_ie2e');
const orders = await mariadbDatabase('mall_order_ie2e');
const im = await mariadbDatabase('mall_im_ie2e');
const rabbit = await rabbitmqAvailable('the split IM suite');

if (!users || !inventory || !orders || !im || !rabbit) {
  it.skip('IM (split): no MariaDB or RabbitMQ, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startPayingSplit({
      databases: { users: users.url, inventory: inventory.url, orders: orders.url, im: im.url },
      imReplicas: 2,
    });
  }, 300_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), im.drop()]);
  });
  imApiSuite('split: two im-service replicas over RabbitMQ', () => ({
    shop,
    im: shop.ims.map((p) => p.http),
  }));
}
