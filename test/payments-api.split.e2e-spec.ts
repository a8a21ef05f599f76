import { createConnection } from 'mysql2/promise';
import request from 'supertest';
import { mariadbDatabase } from './support/databases.js';
import { eventually, startPayingSplit, type PaymentSandboxes } from './support/payment-sandbox.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import type { SplitShop } from './support/split.js';
import { paymentsApiSuite } from './payments-api.suite.js';

/**
 * The payments suite against the split topology: the payment-service on its own MariaDB
 * database, reading order totals from the order-service over gRPC, their events crossing over
 * RabbitMQ; the providers' webhooks reach the gateway. Then kill -9 of the payment-service while
 * it holds a provider's notification uncommitted: the provider's retry makes the order PAID once.
 */
const users = await mariadbDatabase('mall_user_pe2e');
const inventory = await mariadbDatabase('mall_inventory_pe2e');
const orders = await mariadbDatabase('mall_order_pe2e');
const payment = await mariadbDatabase('mall_payment_pe2e');
const rabbit = await rabbitmqAvailable('the split payments suite');

if (!users || !inventory || !orders || !payment || !rabbit) {
  it.skip('payments API (split): no MariaDB or RabbitMQ, see the warning above', () => undefined);
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
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), inventory.drop(), orders.drop(), payment.drop()]);
  });

  paymentsApiSuite(
    'split: gateway + services on MariaDB',
    () => shop,
    () => shop.sandboxes,
    () => ({ payment, orders }),
  );

  it('kill -9 of the payment-service between the notification and its commit: PAID once after the retry', async () => {
    const http = () => request(shop.http);
    const login = await http()
      .post('/auth/login')
      .send({ user_name: 'test15', password: '123456' });
    const token = login.body.access_token as string;
    const placed = await http()
      .post('/orders')
      .set('authorization', `Bearer ${token}`)
      .send({ items: [{ sku_id: 'T00107', quantity: 1 }] })
      .expect(201);
    const orderId = placed.body.order_id as number;
    const started = await http()
      .post('/payments')
      .set('authorization', `Bearer ${token}`)
      .send({ order_id: orderId, method: 'card' })
      .expect(201);
    const paymentId = started.body.payment_id as string;
    const providerId = (started.body.checkout_url as string).split('/').pop();

    // Hold the payment's row: the notification is received, verified and applied, and its
    // UPDATE then waits for this lock, uncommitted, when the service is killed.
    const lock = await createConnection({ uri: payment.url });
    await lock.query('BEGIN');
    await lock.query('SELECT * FROM payment_payment WHERE payment_id = ? FOR UPDATE', [paymentId]);
    const approved = await fetch(`${started.body.checkout_url}/approve`, { method: 'POST' });
    expect(approved.status).toBe(200);
    await eventually(async () => {
      const [rows] = await lock.query(
        "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE INFO LIKE 'UPDATE%payment_payment%'",
      );
      return Number((rows as { n: number }[])[0].n) > 0;
    }, 'the notification waiting on its commit');
    await shop.payment!.kill();
    expect(shop.payment!.killedBy).toBe('SIGKILL');
    await lock.query('ROLLBACK');
    await lock.end();
    expect(
      (await http().get(`/orders/${orderId}`).set('authorization', `Bearer ${token}`)).body.status,
    ).toBe('CREATED');

    await shop.payment!.start();
    await eventually(
      async () =>
        (await http().get(`/orders/${orderId}`).set('authorization', `Bearer ${token}`)).body
          .status === 'PAID',
      'PAID after the retry',
      30_000,
    );
    const deliveries = (await shop.sandboxes.deliveries('card')).filter(
      (d) => d.payment === providerId,
    );
    console.log(`kill -9 of the payment-service: deliveries ${JSON.stringify(deliveries)}`);
    expect(deliveries.at(-1)).toMatchObject({ status: 'succeeded', answer: 200 });
    expect(deliveries.filter((d) => d.answer !== 200).length).toBeGreaterThan(0);
    const count = async (database: typeof payment, type: string, like: string) =>
      Number(
        (
          await database.query<{ n: number }>(
            'SELECT COUNT(*) AS n FROM messaging_outbox WHERE type = ? AND body LIKE ?',
            [type, like],
          )
        )[0].n,
      );
    expect(await count(payment, 'PaymentSucceeded', `%"payment_id":"${paymentId}"%`)).toBe(1);
    await eventually(
      async () => (await count(orders, 'OrderPaid', `%"order_id":${orderId},%`)) === 1,
      'one OrderPaid',
    );
  }, 120_000);
}
