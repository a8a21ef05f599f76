import { ordersContextWithFakes } from '@nestmall/testing';
import { draftOrder, Order, type OrderStatus } from '../domain/order.js';
import { CloseUnpaidOrders } from './close-unpaid-orders.js';

const T0 = new Date('2026-11-30T10:00:00Z');
const MINUTE = 60_000;

function setUp() {
  const context = ordersContextWithFakes();
  const close = new CloseUnpaidOrders(
    context.orders,
    context.coordinator,
    context.transactionTypes,
    context.unitOfWork,
    { ms: 30 * MINUTE },
  );
  const given = async (
    status: OrderStatus,
    createdAt: Date,
    consistency: 'tcc' | 'message' = 'tcc',
  ) => {
    const order = Order.place(
      draftOrder(
        { gid: `placed-${context.orders.rows.size}`, userId: 7, idempotencyKey: null, consistency },
        [{ skuId: 'T00100', title: 't', quantity: 2, unitPriceCents: 100 }],
      ),
      createdAt,
    );
    await context.orders.add(order);
    order.pullEvents();
    context.orders.setStatus(order.orderId, status);
    return order.orderId;
  };
  return { ...context, close, given };
}

describe('CloseUnpaidOrders', () => {
  it('closes CREATED orders older than the timeout through cancel-order: CLOSED, units returned', async () => {
    const { orders, inventory, close, given } = setUp();
    const old = await given('CREATED', T0);
    const fresh = await given('CREATED', new Date(T0.getTime() + 20 * MINUTE));
    const paid = await given('PAID', T0);
    expect(await close.execute(new Date(T0.getTime() + 31 * MINUTE))).toBe(1);
    expect(orders.rows.get(old)!.status).toBe('CLOSED');
    expect(orders.events.slice(-1)).toEqual([{ type: 'OrderClosed', orderId: old }]);
    expect(inventory.calls).toEqual(['returnStock placed-0']);
    expect(orders.rows.get(fresh)!.status).toBe('CREATED');
    expect(orders.rows.get(paid)!.status).toBe('PAID');
    expect(await close.execute(new Date(T0.getTime() + 31 * MINUTE))).toBe(0); // closed once
  });

  it('closes a two-phase-message order at once: OrderClosed returns its units', async () => {
    const { orders, inventory, close, given } = setUp();
    const id = await given('CREATED', T0, 'message');
    expect(await close.execute(new Date(T0.getTime() + 31 * MINUTE))).toBe(1);
    expect(orders.rows.get(id)!.status).toBe('CLOSED');
    expect(orders.events.slice(-1)).toEqual([{ type: 'OrderClosed', orderId: id }]);
    expect(inventory.calls).toEqual([]);
  });
});
