import { fakeConfig, InMemoryOrders, ordersContextWithFakes } from '@nestmall/testing';
import type { OrdersConfig } from '../orders.config.js';
import { OrderTransactionTypes } from './order-transaction-types.js';
import { draftOrder, Order, OrderNotFoundError, type OrderDraft } from '../domain/order.js';

/** The branches as the recovery worker drives them: nothing in flight, the order is loaded. */
function setUp() {
  const context = ordersContextWithFakes();
  const [ordersOfPlace, inventoryOfPlace] = context.transactionTypes.placeOrder.branches;
  const [ordersOfCancel, inventoryOfCancel] = context.transactionTypes.cancelOrder.branches;
  return {
    ...context,
    ordersOfPlace,
    inventoryOfPlace,
    ordersOfCancel,
    inventoryOfCancel,
  };
}

const draft: OrderDraft = draftOrder(
  { gid: 'g1', userId: 7, idempotencyKey: null, consistency: 'tcc' },
  [{ skuId: 'T00100', title: 't', quantity: 2, unitPriceCents: 100 }],
);

describe('OrderTransactionTypes: place-order', () => {
  it('Try stores the PENDING order once, in a unit of work with its barrier row', async () => {
    const { orders, unitOfWork, barrier, ordersOfPlace } = setUp();
    await ordersOfPlace.try('g1', { draft });
    await ordersOfPlace.try('g1', { draft });
    expect([...orders.rows.values()].map((o) => o.status)).toEqual(['PENDING']);
    expect(barrier.has('g1', 'try')).toBe(true);
    expect(unitOfWork.committed).toBe(2);
  });

  it('Confirm loads the order and makes it CREATED with OrderPlaced, once', async () => {
    const { orders, ordersOfPlace } = setUp();
    await ordersOfPlace.try('g1', { draft });
    await ordersOfPlace.confirm('g1', { draft });
    await ordersOfPlace.confirm('g1', { draft });
    expect(orders.rows.get(1)!.status).toBe('CREATED');
    expect(orders.events).toEqual([{ type: 'OrderPlaced', orderId: 1 }]);
  });

  it('Cancel makes a tried order FAILED; a Cancel without a Try blocks the late Try', async () => {
    const { orders, ordersOfPlace } = setUp();
    await ordersOfPlace.try('g1', { draft });
    await ordersOfPlace.cancel('g1', { draft });
    expect(orders.rows.get(1)!.status).toBe('FAILED');

    await ordersOfPlace.cancel('g2', { draft: { ...draft, gid: 'g2' } });
    await ordersOfPlace.try('g2', { draft: { ...draft, gid: 'g2' } });
    expect(orders.rows.size).toBe(1);
  });

  it("the inventory's branch passes the draft's lines and the gid on", async () => {
    const { inventory, inventoryOfPlace } = setUp();
    await inventoryOfPlace.try('g1', { draft });
    await inventoryOfPlace.confirm('g1', { draft });
    await inventoryOfPlace.cancel('g1', { draft });
    expect(inventory.calls).toEqual(['freeze g1 T00100x2', 'deduct g1', 'unfreeze g1']);
  });

  it('hands the committed order to a watching use case, and keeps nothing for a gid nobody watches', async () => {
    const { inFlight, ordersOfPlace } = setUp();
    inFlight.watch('g1');
    await ordersOfPlace.try('g1', { draft });
    await ordersOfPlace.confirm('g1', { draft });
    expect(inFlight.take('g1')?.status).toBe('CREATED');
    inFlight.unwatch('g1');

    await ordersOfPlace.try('g9', { draft: { ...draft, gid: 'g9' } });
    expect(inFlight.watched).toBe(0);
  });

  it('registers both transaction types with the coordinator at start (for recovery)', () => {
    const { coordinator, transactionTypes } = setUp();
    const registered: string[] = [];
    coordinator.register = (type) => void registered.push(type.kind);
    transactionTypes.onModuleInit();
    expect(registered).toEqual(['place-order', 'cancel-order']);
  });
});

describe('OrderTransactionTypes: cancel-order', () => {
  async function placed(orders: InMemoryOrders): Promise<Order> {
    const order = Order.place(draft);
    await orders.add(order);
    orders.setStatus(order.orderId, 'CREATED');
    return order;
  }

  it('Try cancels the loaded order with OrderCancelled; Confirm returns the stock of the placing gid', async () => {
    const { orders, inventory, ordersOfCancel, inventoryOfCancel } = setUp();
    const order = await placed(orders);
    const payload = { orderId: order.orderId, orderGid: 'g1' };
    await ordersOfCancel.try('c1', payload);
    await ordersOfCancel.confirm('c1', payload);
    await inventoryOfCancel.try('c1', payload);
    await inventoryOfCancel.confirm('c1', payload);
    await inventoryOfCancel.cancel('c1', payload);
    expect(orders.rows.get(order.orderId)!.status).toBe('CANCELLED');
    expect(orders.events).toEqual([
      { type: 'OrderCancelled', wasPaid: false, orderId: order.orderId },
    ]);
    expect(inventory.calls).toEqual(['returnStock g1']);
  });

  it('Try refuses an order that does not exist', async () => {
    const { ordersOfCancel } = setUp();
    await expect(ordersOfCancel.try('c1', { orderId: 99, orderGid: 'x' })).rejects.toThrow(
      OrderNotFoundError,
    );
  });

  it('Cancel only records its barrier row (a failed Try changed nothing)', async () => {
    const { orders, barrier, ordersOfCancel } = setUp();
    await placed(orders);
    await ordersOfCancel.cancel('c2', { orderId: 1, orderGid: 'g1' });
    expect(barrier.has('c2', 'cancel')).toBe(true);
    expect(orders.rows.get(1)!.status).toBe('CREATED');
  });
});

describe('OrderTransactionTypes: ORDER_GROUP_COMMIT', () => {
  const types = (groupCommit: 'on' | 'off', local: boolean) => {
    const c = ordersContextWithFakes();
    Object.assign(c.inventory, { local });
    Object.assign(c.marketing, { local });
    return new OrderTransactionTypes(
      c.coordinator,
      c.orders,
      c.inFlight,
      c.unitOfWork,
      c.barrier,
      c.inventory,
      c.marketing,
      fakeConfig<OrdersConfig>({
        ORDER_GROUP_COMMIT: groupCommit,
        ORDER_GROUP_COMMIT_MS: 2,
        ORDER_GROUP_COMMIT_MAX: 32,
        ORDER_GROUP_COMMIT_IN_FLIGHT: 2,
      }),
    );
  };

  it('groups the placements only when on and every branch is local (the monolith)', () => {
    expect(types('on', true).placeOrder.groupCommit).toBeDefined();
    expect(types('off', true).placeOrder.groupCommit).toBeUndefined();
    expect(types('on', false).placeOrder.groupCommit).toBeUndefined(); // the split: full TCC
    expect(types('on', true).cancelOrder.groupCommit).toBeUndefined();
  });
});
