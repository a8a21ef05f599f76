import {
  draftOrder,
  Order,
  OrderNotCancellableError,
  OrderNotPayableError,
  OrderTransitionError,
  shippingFeeCents,
  type OrderDraft,
  type OrderStatus,
} from './order.js';

const T0 = new Date('2026-01-01T00:00:00.000Z');
const T1 = new Date('2026-01-01T00:00:01.000Z');

function draft(consistency: 'tcc' | 'message' = 'tcc'): OrderDraft {
  return draftOrder({ gid: 'g-1', userId: 7, idempotencyKey: 'k-1', consistency }, [
    { skuId: 'T00102', title: 'b', quantity: 1, unitPriceCents: 1500 },
    { skuId: 'T00100', title: 'a', quantity: 2, unitPriceCents: 2000 },
  ]);
}

/** A stored order in `status` (its events of getting there already taken). */
function storedIn(status: OrderStatus): Order {
  const order = Order.place(draft(), T0);
  order.markStored({ orderId: 42, createdAt: T0, updatedAt: T0 });
  return Order.restore({ ...order.snapshot(), status });
}

const SHIPMENT = { carrier: 'sandbox-express', trackingNumber: 'SX1' };

const types = (order: Order) => order.pullEvents().map((e) => e.type);

describe('draftOrder', () => {
  it('prices every line, adds the flat shipping fee under 99.00, and totals in cents', () => {
    const d = draft();
    expect(d.items.map((i) => i.lineTotalCents)).toEqual([1500, 4000]);
    expect(d).toMatchObject({ subtotalCents: 5500, shippingCents: 1000, totalCents: 6500 });
  });

  it('ships free from 99.00 of goods', () => {
    expect(shippingFeeCents(9899)).toBe(1000);
    expect(shippingFeeCents(9900)).toBe(0);
  });
});

describe('Order', () => {
  it('is placed PENDING with its items in SKU order, unstored, recording nothing under TCC', () => {
    const order = Order.place(draft(), T0);
    expect(order.status).toBe('PENDING');
    expect(order.items.map((i) => i.skuId)).toEqual(['T00100', 'T00102']);
    expect(order.storedStatus).toBeNull();
    expect(order.snapshot()).toMatchObject({ orderId: 0, createdAt: T0, updatedAt: T0 });
    expect(types(order)).toEqual([]);
  });

  it('records OrderRequested when placed as a two-phase message', () => {
    expect(types(Order.place(draft('message'), T0))).toEqual(['OrderRequested']);
  });

  it('takes the id and timestamps the database kept, which become its optimistic guard', () => {
    const order = Order.place(draft(), T0);
    order.markStored({ orderId: 9, createdAt: T0, updatedAt: T0 });
    expect(order.orderId).toBe(9);
    expect(order.storedStatus).toBe('PENDING');
  });

  it('confirms PENDING -> CREATED with OrderPlaced, and only from PENDING', () => {
    const order = storedIn('PENDING');
    order.confirm(T1);
    expect(order.status).toBe('CREATED');
    expect(order.snapshot().updatedAt).toBe(T1);
    expect(order.storedStatus).toBe('PENDING'); // until saved
    expect(types(order)).toEqual(['OrderPlaced']);
    expect(() => order.confirm()).toThrow(OrderTransitionError);
    expect(() => storedIn('FAILED').confirm()).toThrow('order 42 is FAILED and cannot confirm');
  });

  it('fails PENDING -> FAILED, and explains why only once FAILED', () => {
    const order = storedIn('PENDING');
    expect(() => order.explainFailure('why')).toThrow(OrderTransitionError);
    order.fail(T1);
    order.explainFailure('x'.repeat(300));
    expect(order.status).toBe('FAILED');
    expect(order.failureReason).toHaveLength(255);
    expect(types(order)).toEqual(['OrderFailed']);
    expect(() => storedIn('CREATED').fail()).toThrow(OrderTransitionError);
  });

  it('settles with the inventory answer once; a second answer changes nothing', () => {
    const deducted = storedIn('PENDING');
    expect(deducted.settle({ from: 'stock', ok: true }, T1)).toBe(true);
    expect(deducted.status).toBe('CREATED');
    expect(types(deducted)).toEqual(['OrderPlaced']);
    expect(deducted.settle({ from: 'stock', ok: false, reason: 'late' })).toBe(false);
    expect(deducted.status).toBe('CREATED');

    const rejected = storedIn('PENDING');
    expect(rejected.settle({ from: 'stock', ok: false, reason: 'not enough stock' }, T1)).toBe(
      true,
    );
    expect(rejected).toMatchObject({ status: 'FAILED', failureReason: 'not enough stock' });
    expect(types(rejected)).toEqual(['OrderFailed']);
  });

  it('is paid CREATED -> PAID with OrderPaid; paying PAID again changes nothing', () => {
    const order = storedIn('CREATED');
    expect(order.pay(T1)).toBe(true);
    expect(order.status).toBe('PAID');
    expect(types(order)).toEqual(['OrderPaid']);
    expect(order.pay()).toBe(false);
    expect(types(order)).toEqual([]);
  });

  it.each<OrderStatus>(['PENDING', 'FAILED', 'CANCELLED', 'SHIPPED'])(
    'cannot be paid when %s',
    (status) => {
      expect(() => storedIn(status).pay()).toThrow(OrderNotPayableError);
    },
  );

  it('is cancelled from CREATED or PAID with OrderCancelled saying whether it was paid', () => {
    const created = storedIn('CREATED');
    expect(created.cancel(T1)).toBe(true);
    expect(created.status).toBe('CANCELLED');
    expect(created.pullEvents()).toEqual([{ type: 'OrderCancelled', wasPaid: false }]);
    const paid = storedIn('PAID');
    paid.cancel(T1);
    expect(paid.pullEvents()).toEqual([{ type: 'OrderCancelled', wasPaid: true }]);
    expect(paid.cancel()).toBe(false); // CANCELLED already
  });

  it.each<OrderStatus>(['PENDING', 'FAILED', 'SHIPPED', 'RECEIVED', 'CLOSED'])(
    'cannot be cancelled when %s',
    (status) => {
      expect(() => storedIn(status).cancel()).toThrow(OrderNotCancellableError);
    },
  );

  it('ships from PAID and is received once shipped, each with its event', () => {
    const order = storedIn('PAID');
    order.ship(SHIPMENT, T1);
    expect(order.receive('buyer', T1)).toBe(true);
    expect(order.status).toBe('RECEIVED');
    expect(order.pullEvents()).toEqual([
      { type: 'OrderShipped', carrier: 'sandbox-express', trackingNumber: 'SX1' },
      { type: 'OrderReceived' },
    ]);
    expect(order.receive('buyer', T1)).toBe(false); // RECEIVED already
    expect(() => storedIn('CREATED').ship(SHIPMENT)).toThrow(OrderTransitionError);
    expect(() => storedIn('PAID').receive()).toThrow(OrderTransitionError);
  });

  it('keeps its shipment, tracking on the timeline; DELIVERED starts the receipt clock once', () => {
    const order = storedIn('PAID');
    order.ship(SHIPMENT, T1);
    const t2 = new Date('2026-01-02T00:00:00.000Z');
    const t3 = new Date('2026-01-03T00:00:00.000Z');
    order.track({ status: 'IN_TRANSIT', note: 'left Beijing', occurredAt: t2 });
    expect(order.awaitsAutoReceipt(t3)).toBe(false);
    order.track({ status: 'DELIVERED', note: null, occurredAt: t2 });
    order.track({ status: 'DELIVERED', note: 'again', occurredAt: t3 });
    expect(order.shipment).toEqual({ ...SHIPMENT, shippedAt: T1, deliveredAt: t2 });
    expect(order.awaitsAutoReceipt(t2)).toBe(false);
    expect(order.awaitsAutoReceipt(t3)).toBe(true);
    expect(order.pullTimeline().slice(-5)).toEqual([
      { kind: 'status', status: 'SHIPPED', cause: 'OrderShipped', detail: null, at: T1 },
      {
        kind: 'shipment',
        status: null,
        cause: 'OrderShipped',
        detail: 'sandbox-express SX1',
        at: T1,
      },
      { kind: 'tracking', status: null, cause: 'IN_TRANSIT', detail: 'left Beijing', at: t2 },
      { kind: 'tracking', status: null, cause: 'DELIVERED', detail: null, at: t2 },
      { kind: 'tracking', status: null, cause: 'DELIVERED', detail: 'again', at: t3 },
    ]);
    order.receive('auto', t3);
    expect(order.pullTimeline()).toEqual([
      {
        kind: 'status',
        status: 'RECEIVED',
        cause: 'OrderReceived',
        detail: 'confirmed automatically after delivery',
        at: t3,
      },
    ]);
    expect(order.awaitsAutoReceipt(t3)).toBe(false);
  });

  it('refuses tracking for an order never shipped', () => {
    const tracking = { status: 'IN_TRANSIT', note: null, occurredAt: T1 };
    expect(() => storedIn('PAID').track(tracking)).toThrow(OrderTransitionError);
    expect(() => storedIn('SHIPPED').track(tracking)).toThrow(OrderTransitionError); // no shipment
  });

  it('closes an unpaid (CREATED) order once, with OrderClosed; a paid or ended one refuses', () => {
    const order = storedIn('CREATED');
    expect(order.close(T1)).toBe(true);
    expect(order.status).toBe('CLOSED');
    expect(types(order)).toEqual(['OrderClosed']);
    expect(order.close(T1)).toBe(false);
    for (const status of ['PENDING', 'PAID', 'CANCELLED', 'SHIPPED'] as const)
      expect(() => storedIn(status).close()).toThrow(OrderTransitionError);
  });

  it('hands out copies: a snapshot or a restored order does not share its items', () => {
    const order = storedIn('CREATED');
    const snapshot = order.snapshot();
    snapshot.items.pop();
    expect(order.items).toHaveLength(2);
  });
});

describe('Order timeline', () => {
  const draft = draftOrder({ gid: 'g', userId: 7, idempotencyKey: null, consistency: 'tcc' }, [
    { skuId: 'T00100', title: 'x', quantity: 1, unitPriceCents: 100 },
  ]);

  it('records every status change with its cause and time, the failure reason as detail', () => {
    const t0 = new Date('2026-11-30T10:00:00Z');
    const order = Order.place(draft, t0);
    order.fail(new Date('2026-11-30T10:00:01Z'));
    order.explainFailure('not enough stock for T00100');
    expect(order.pullTimeline()).toEqual([
      { kind: 'status', status: 'PENDING', cause: 'OrderRequested', detail: null, at: t0 },
      {
        kind: 'status',
        status: 'FAILED',
        cause: 'OrderFailed',
        detail: 'not enough stock for T00100',
        at: new Date('2026-11-30T10:00:01Z'),
      },
    ]);
    expect(order.pullTimeline()).toEqual([]);
  });

  it('records nothing for a refused transition', () => {
    const order = Order.place(draft);
    order.pullTimeline();
    expect(() => order.pay()).toThrow();
    expect(order.pullTimeline()).toEqual([]);
  });
});
