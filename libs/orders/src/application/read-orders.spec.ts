import { InvalidArgumentError } from '@nestmall/ports/platform';
import { InMemoryOrders } from '@nestmall/testing';
import { draftOrder, Order, OrderNotFoundError } from '../domain/order.js';
import { ReadOrders } from './read-orders.js';

describe('ReadOrders', () => {
  let orders: InMemoryOrders;
  let read: ReadOrders;

  beforeEach(async () => {
    orders = new InMemoryOrders();
    read = new ReadOrders(orders);
    for (const userId of [7, 7, 8, 7])
      await orders.add(
        Order.place(
          draftOrder(
            { gid: `g${orders.rows.size}`, userId, idempotencyKey: null, consistency: 'tcc' },
            [{ skuId: 'T00100', title: 't', quantity: 1, unitPriceCents: 100 }],
          ),
        ),
      );
  });

  it("answers the buyer's own order, and someone else's as not found", async () => {
    expect(await read.get(7, 1)).toMatchObject({ order_id: 1, user_id: 7 });
    await expect(read.get(7, 3)).rejects.toThrow(OrderNotFoundError);
    await expect(read.get(7, 99)).rejects.toThrow(OrderNotFoundError);
  });

  it('lists the newest first, a page at a time, with the total', async () => {
    const page = await read.list(7, 1, 2);
    expect(page.orders.map((o) => o.order_id)).toEqual([4, 2]);
    expect(page).toMatchObject({ total: 3, page_num: 1, page_size: 2 });
    expect((await read.list(7, 2, 2)).orders.map((o) => o.order_id)).toEqual([1]);
  });

  it.each([
    [0, 10, 'page_num'],
    [1, 0, 'page_size'],
    [1, 101, 'page_size'],
  ])('refuses page %i of size %i, naming %s', async (num, size, field) => {
    await expect(read.list(7, num, size)).rejects.toThrow(InvalidArgumentError);
    await expect(read.list(7, num, size)).rejects.toThrow(field);
  });
});
