import { InMemoryOrders, ordersContextWithFakes } from '@nestmall/testing';
import {
  draftOrder,
  Order,
  OrderNotCancellableError,
  OrderNotFoundError,
  type OrderStatus,
} from '../domain/order.js';
import { CancelOrder } from './cancel-order.js';

function setUp() {
  const { orders, inventory, unitOfWork, inFlight, coordinator, transactionTypes } =
    ordersContextWithFakes();
  const cancelOrder = new CancelOrder(orders, coordinator, transactionTypes, inFlight, unitOfWork);
  return { orders, inventory, unitOfWork, inFlight, cancelOrder };
}

async function given(
  orders: InMemoryOrders,
  status: OrderStatus,
  consistency: 'tcc' | 'message' = 'tcc',
): Promise<number> {
  const order = Order.place(
    draftOrder(
      { gid: `placed-${orders.rows.size}`, userId: 7, idempotencyKey: null, consistency },
      [{ skuId: 'T00100', title: 't', quantity: 2, unitPriceCents: 100 }],
    ),
  );
  await orders.add(order);
  order.pullEvents();
  orders.setStatus(order.orderId, status);
  return order.orderId;
}

describe('CancelOrder', () => {
  it('cancels a CREATED order through cancel-order: CANCELLED, OrderCancelled, units returned', async () => {
    const { orders, inventory, inFlight, cancelOrder } = setUp();
    const id = await given(orders, 'CREATED');
    const view = await cancelOrder.execute(7, id);
    expect(view).toMatchObject({ order_id: id, status: 'CANCELLED' });
    expect(orders.rows.get(id)!.status).toBe('CANCELLED');
    expect(orders.events.slice(-1)).toEqual([
      { type: 'OrderCancelled', wasPaid: false, orderId: id },
    ]);
    expect(inventory.calls).toEqual(['returnStock placed-0']);
    expect(orders.reads).toBe(1); // the owner check; the branch used that copy, nothing after
    expect(inFlight.watched).toBe(0);
  });

  it('says a PAID order was paid when it is cancelled', async () => {
    const { orders, cancelOrder } = setUp();
    const id = await given(orders, 'PAID');
    await cancelOrder.execute(7, id);
    expect(orders.events.slice(-1)).toEqual([
      { type: 'OrderCancelled', wasPaid: true, orderId: id },
    ]);
  });

  it('answers a CANCELLED order as it is', async () => {
    const { orders, inventory, cancelOrder } = setUp();
    const id = await given(orders, 'CANCELLED');
    expect(await cancelOrder.execute(7, id)).toMatchObject({ status: 'CANCELLED' });
    expect(inventory.calls).toEqual([]);
  });

  it('refuses an order that is no longer cancellable, and changes nothing', async () => {
    const { orders, inventory, cancelOrder } = setUp();
    const id = await given(orders, 'SHIPPED');
    await expect(cancelOrder.execute(7, id)).rejects.toThrow(OrderNotCancellableError);
    expect(orders.rows.get(id)!.status).toBe('SHIPPED');
    expect(inventory.calls).toEqual([]);
  });

  it("answers someone else's order, or none, as not found", async () => {
    const { orders, cancelOrder } = setUp();
    const id = await given(orders, 'CREATED');
    await expect(cancelOrder.execute(8, id)).rejects.toThrow(OrderNotFoundError);
    await expect(cancelOrder.execute(7, 999)).rejects.toThrow(OrderNotFoundError);
  });

  it('reads again when a pay moved the order meanwhile (the optimistic guard), and cancels it PAID', async () => {
    const { orders, cancelOrder } = setUp();
    const id = await given(orders, 'CREATED');
    const findById = orders.findById.bind(orders);
    orders.findById = async (orderId) => {
      const order = await findById(orderId);
      orders.setStatus(id, 'PAID'); // paid between the read and the cancel
      return order;
    };
    const answer = await cancelOrder.execute(7, id);
    expect(answer.status).toBe('CANCELLED');
    expect(orders.rows.get(id)!.status).toBe('CANCELLED');
  });

  it('cancels an order placed as a two-phase message at once, BASE: the inventory follows the event', async () => {
    const { orders, inventory, unitOfWork, cancelOrder } = setUp();
    const id = await given(orders, 'CREATED', 'message');
    expect(await cancelOrder.execute(7, id)).toMatchObject({ status: 'CANCELLED' });
    expect(orders.events.slice(-1)).toEqual([
      { type: 'OrderCancelled', wasPaid: false, orderId: id },
    ]);
    expect(inventory.calls).toEqual([]);
    expect(unitOfWork.committed).toBe(1);
  });
});
