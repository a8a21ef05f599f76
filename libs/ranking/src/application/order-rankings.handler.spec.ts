import { jest } from '@jest/globals';
import { ORDER_CANCELLED, ORDER_PAID, ORDER_PLACED, ORDER_REFUNDED } from '@nestmall/contracts';
import { newEvent, type IntegrationEvent } from '@nestmall/messaging';
import { FakeCatalogClient, FakeEventBus, InMemoryRankedOrders, sku } from '@nestmall/testing';
import { OrderRankingsHandler } from './order-rankings.handler.js';

const payload = {
  order_id: 7,
  gid: 'g7',
  user_id: 1,
  total_cents: 500,
  items: [
    { sku_id: 'T00200', quantity: 1 },
    { sku_id: 'T00100', quantity: 3 },
    { sku_id: 'T00100', quantity: 1 },
    { sku_id: 'GONE', quantity: 1 },
  ],
};

function at<P>(event: IntegrationEvent<P>, occurredAt: string): IntegrationEvent<P> {
  return { ...event, occurred_at: occurredAt };
}

describe('OrderRankingsHandler', () => {
  async function handler() {
    const bus = new FakeEventBus();
    const orders = new InMemoryRankedOrders();
    const catalog = new FakeCatalogClient([
      { ...sku('T00100', 100), product_id: 1000 },
      // The catalog's GetSkus view carries the product's category.
      { ...sku('T00200', 100), product_id: 2000, category_id: 5 },
    ]);
    await new OrderRankingsHandler(bus, orders, catalog).onModuleInit();
    return { bus, orders, catalog };
  }

  it('subscribes as ranking.orders to placed, paid, cancelled and refunded orders', async () => {
    const { bus } = await handler();
    expect(bus.subscriptions).toEqual([
      expect.objectContaining({
        consumer: 'ranking.orders',
        types: [ORDER_PLACED, ORDER_PAID, ORDER_CANCELLED, ORDER_REFUNDED],
      }),
    ]);
  });

  it("records the lines with each SKU's product and category, merged per SKU", async () => {
    const { bus, orders } = await handler();
    await bus.deliver(newEvent(ORDER_PLACED, payload));
    expect(orders.rows.get(7)).toMatchObject({
      status: 'placed',
      paidDay: null,
      lines: [
        { skuId: 'T00200', productId: 2000, categoryId: 5, quantity: 1 },
        { skuId: 'T00100', productId: 1000, categoryId: null, quantity: 4 },
      ],
    });
  });

  it("takes the product and category from the event's lines when every line has them", async () => {
    const { bus, orders, catalog } = await handler();
    const asked = jest.spyOn(catalog, 'getSkus');
    await bus.deliver(
      newEvent(ORDER_PLACED, {
        ...payload,
        items: [
          // What the order recorded at placement, not what the catalog says now.
          { sku_id: 'T00200', quantity: 2, product_id: 2000, category_id: 9 },
          { sku_id: 'T00100', quantity: 1, product_id: 1000, category_id: null },
        ],
      }),
    );
    expect(asked).not.toHaveBeenCalled();
    expect(orders.rows.get(7)!.lines).toEqual([
      { skuId: 'T00200', productId: 2000, categoryId: 9, quantity: 2 },
      { skuId: 'T00100', productId: 1000, categoryId: null, quantity: 1 },
    ]);
  });

  it('counts the payment in the UTC day of the event and takes it back on cancellation', async () => {
    const { bus, orders } = await handler();
    await bus.deliver(newEvent(ORDER_PLACED, payload));
    await bus.deliver(at(newEvent(ORDER_PAID, payload), '2026-12-02T23:50:00Z'));
    expect(orders.rows.get(7)).toMatchObject({ status: 'paid', paidDay: '2026-12-02' });
    await bus.deliver(
      at(newEvent(ORDER_CANCELLED, { ...payload, was_paid: true }), '2026-12-04T09:00:00Z'),
    );
    expect(orders.rows.get(7)).toMatchObject({ status: 'cancelled', paidDay: '2026-12-02' });
  });

  it('takes an after-sales refund back from the day it was paid', async () => {
    const { bus, orders } = await handler();
    await bus.deliver(newEvent(ORDER_PLACED, payload));
    await bus.deliver(at(newEvent(ORDER_PAID, payload), '2026-12-02T10:00:00Z'));
    await bus.deliver(
      at(newEvent(ORDER_REFUNDED, { ...payload, stock_returned: true }), '2026-12-09T09:00:00Z'),
    );
    expect(orders.rows.get(7)).toMatchObject({ status: 'cancelled', paidDay: '2026-12-02' });
  });

  it('takes back only the units a partial refund names; cancelled once none is left', async () => {
    const { bus, orders } = await handler();
    await bus.deliver(newEvent(ORDER_PLACED, payload));
    await bus.deliver(at(newEvent(ORDER_PAID, payload), '2026-12-02T10:00:00Z'));
    const refunded = (requestId: number, units: { sku_id: string; quantity: number }[]) =>
      newEvent(ORDER_REFUNDED, { ...payload, request_id: requestId, units, complete: false });
    await bus.deliver(refunded(1, [{ sku_id: 'T00100', quantity: 3 }]));
    expect(orders.rows.get(7)).toMatchObject({
      status: 'paid',
      paidDay: '2026-12-02',
      lines: [
        { skuId: 'T00200', quantity: 1 },
        { skuId: 'T00100', quantity: 1 },
      ],
    });
    await bus.deliver(
      refunded(2, [
        { sku_id: 'T00100', quantity: 1 },
        { sku_id: 'T00200', quantity: 1 },
      ]),
    );
    expect(orders.rows.get(7)).toMatchObject({ status: 'cancelled', paidDay: '2026-12-02' });
  });

  it('an order first heard of by its payment is recorded from that event, paid', async () => {
    const { bus, orders } = await handler();
    await bus.deliver(at(newEvent(ORDER_PAID, payload), '2026-12-02T10:00:00Z'));
    await bus.deliver(newEvent(ORDER_PLACED, payload));
    expect(orders.rows.get(7)).toMatchObject({ status: 'paid', version: 1 });
  });

  it('refuses an event without an order id or lines (it goes to the dead letters)', async () => {
    const { bus } = await handler();
    await expect(bus.deliver(newEvent(ORDER_PAID, { order_id: 'x' }))).rejects.toThrow(
      /not an order event/,
    );
  });
});
