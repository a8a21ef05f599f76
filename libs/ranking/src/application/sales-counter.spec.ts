import {
  ORDER_CANCELLED,
  ORDER_CLOSED,
  ORDER_PAID,
  ORDER_PLACED,
  ORDER_REFUNDED,
  ORDER_REQUESTED,
} from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import { FakeEventBus, InMemorySkuSales } from '@nestmall/testing';
import { SalesCounter } from './sales-counter.js';

const order = (was_paid?: boolean) => ({
  order_id: 1,
  gid: 'g1',
  user_id: 1,
  total_cents: 500,
  items: [
    { sku_id: 'T00100', quantity: 3 },
    { sku_id: 'T00200', quantity: 1 },
  ],
  ...(was_paid === undefined ? {} : { was_paid }),
});

describe('SalesCounter', () => {
  async function counter() {
    const bus = new FakeEventBus();
    const sales = new InMemorySkuSales();
    await new SalesCounter(bus, sales).onModuleInit();
    return { bus, sales };
  }

  it('subscribes as the ranking consumer to placed, cancelled, paid and refunded orders', async () => {
    const { bus } = await counter();
    expect(bus.subscriptions).toEqual([
      expect.objectContaining({
        consumer: 'ranking.sku-sales',
        types: [ORDER_PLACED, ORDER_CANCELLED, ORDER_CLOSED, ORDER_PAID, ORDER_REFUNDED],
      }),
    ]);
  });

  it('counts units sold and paid, and takes a cancelled paid order back from both', async () => {
    const { bus, sales } = await counter();
    await bus.deliver(newEvent(ORDER_PLACED, order()));
    await bus.deliver(newEvent(ORDER_PAID, order()));
    expect(sales.counts.get('T00100')).toEqual({ units: 3, paidUnits: 3 });
    await bus.deliver(newEvent(ORDER_CANCELLED, order(true)));
    expect(sales.counts.get('T00100')).toEqual({ units: 0, paidUnits: 0 });
    expect(sales.counts.get('T00200')).toEqual({ units: 0, paidUnits: 0 });
  });

  it('takes a cancelled unpaid order back from the units sold only', async () => {
    const { bus, sales } = await counter();
    await bus.deliver(newEvent(ORDER_PLACED, order()));
    await bus.deliver(newEvent(ORDER_CANCELLED, order(false)));
    expect(sales.counts.get('T00100')).toEqual({ units: 0, paidUnits: 0 });
  });

  it('takes an order closed unpaid (its payment timed out) back from the units sold', async () => {
    const { bus, sales } = await counter();
    await bus.deliver(newEvent(ORDER_PLACED, order()));
    await bus.deliver(newEvent(ORDER_CLOSED, order(false)));
    expect(sales.counts.get('T00100')).toEqual({ units: 0, paidUnits: 0 });
  });

  it('takes an after-sales refund back from the units sold and the units paid', async () => {
    const { bus, sales } = await counter();
    await bus.deliver(newEvent(ORDER_PLACED, order()));
    await bus.deliver(newEvent(ORDER_PAID, order()));
    await bus.deliver(newEvent(ORDER_REFUNDED, order()));
    expect(sales.counts.get('T00100')).toEqual({ units: 0, paidUnits: 0 });
  });

  it('takes back only the units a partial refund names', async () => {
    const { bus, sales } = await counter();
    await bus.deliver(newEvent(ORDER_PLACED, order()));
    await bus.deliver(newEvent(ORDER_PAID, order()));
    await bus.deliver(
      newEvent(ORDER_REFUNDED, {
        ...order(),
        request_id: 4,
        units: [{ sku_id: 'T00100', quantity: 2 }],
        refund_cents: 200,
        complete: false,
      }),
    );
    expect(sales.counts.get('T00100')).toEqual({ units: 1, paidUnits: 1 });
    expect(sales.counts.get('T00200')).toEqual({ units: 1, paidUnits: 1 });
  });

  it('refuses an event without items, or of a type it does not count, so the bus retries it', async () => {
    const { sales } = await counter();
    const handler = new SalesCounter(new FakeEventBus(), sales);
    await expect(handler.handle(newEvent(ORDER_PLACED, { order_id: 1 } as never))).rejects.toThrow(
      /not an order event with items/,
    );
    await expect(handler.handle(newEvent(ORDER_REQUESTED, order()))).rejects.toThrow(
      /OrderRequested .* is not an order event/,
    );
    expect(sales.counts.size).toBe(0);
  });
});
