import { InvalidArgumentError } from '@nestmall/ports/platform';
import {
  AfterSalesAlreadyOpenError,
  AfterSalesNothingLeftError,
  AfterSalesNotAllowedError,
  AfterSalesRequest,
  AfterSalesTransitionError,
} from './after-sales.js';
import { draftOrder, Order, OrderTransitionError, type OrderStatus } from './order.js';

const T0 = new Date('2026-01-01T00:00:00.000Z');

function orderIn(status: OrderStatus): Order {
  const order = Order.place(
    draftOrder({ gid: 'g-1', userId: 7, idempotencyKey: null, consistency: 'tcc' }, [
      { skuId: 'T00100', title: 'a', quantity: 2, unitPriceCents: 2000 },
    ]),
    T0,
  );
  order.markStored({ orderId: 42, createdAt: T0, updatedAt: T0 });
  return Order.restore({ ...order.snapshot(), status });
}

function opened(kind: 'REFUND' | 'RETURN', status: OrderStatus = 'SHIPPED'): AfterSalesRequest {
  const request = AfterSalesRequest.open(orderIn(status), { kind, reason: ' It leaks ' }, [], T0);
  request.markStored({ requestId: 5, createdAt: T0, updatedAt: T0 });
  return request;
}

describe('AfterSalesRequest', () => {
  it("opens on a PAID, SHIPPED or RECEIVED order for the order's whole total", () => {
    for (const status of ['PAID', 'SHIPPED', 'RECEIVED'] as const) {
      const request = AfterSalesRequest.open(orderIn(status), { kind: 'REFUND', reason: 'x' }, []);
      expect(request.snapshot()).toMatchObject({
        orderId: 42,
        userId: 7,
        status: 'REQUESTED',
        refundCents: orderIn(status).totalCents,
      });
      expect(request.pullEvents()).toEqual(['AfterSalesRequested']);
    }
    expect(opened('RETURN').snapshot().reason).toBe('It leaks');
  });

  it('refuses other statuses, a RETURN of goods never shipped, and a second open request', () => {
    for (const status of [
      'PENDING',
      'CREATED',
      'CANCELLED',
      'CLOSED',
      'FAILED',
      'REFUNDED',
    ] as const)
      expect(() =>
        AfterSalesRequest.open(orderIn(status), { kind: 'REFUND', reason: 'x' }, []),
      ).toThrow(AfterSalesNotAllowedError);
    expect(() =>
      AfterSalesRequest.open(orderIn('PAID'), { kind: 'RETURN', reason: 'x' }, []),
    ).toThrow(/not shipped/);
    expect(() =>
      AfterSalesRequest.open(orderIn('SHIPPED'), { kind: 'RETURN', reason: 'x' }, [
        opened('REFUND'),
      ]),
    ).toThrow(AfterSalesAlreadyOpenError);
  });

  it('names the field of bad input', () => {
    const order = orderIn('SHIPPED');
    expect(() => AfterSalesRequest.open(order, { kind: 'SWAP', reason: 'x' }, [])).toThrow(
      new InvalidArgumentError('kind must be one of REFUND, RETURN'),
    );
    for (const reason of ['', '   ', 'x'.repeat(256), 42, undefined])
      expect(() => AfterSalesRequest.open(order, { kind: 'REFUND', reason }, [])).toThrow(
        /^reason /,
      );
    expect(() => opened('REFUND').approve(1, '', 'SHIPPED')).toThrow(/^reason /);
  });

  it('a RETURN approved waits for its goods, then asks for the refund', () => {
    const request = opened('RETURN');
    request.pullEvents();
    expect(request.approve(3, 'Send it back', 'SHIPPED')).toEqual({ returnStock: false });
    expect(request.snapshot()).toMatchObject({
      status: 'AWAITING_RETURN',
      decidedBy: 3,
      decisionReason: 'Send it back',
    });
    expect(request.pullEvents()).toEqual(['AfterSalesApproved']);
    expect(request.isOpen).toBe(true);
    request.returnReceived();
    expect(request.status).toBe('REFUNDING');
    expect(request.pullEvents()).toEqual(['AfterSalesReturnReceived', 'AfterSalesRefundRequested']);
    expect(() => request.returnReceived()).toThrow(AfterSalesTransitionError);
    expect(request.refunded()).toBe(true);
    expect(request.refunded()).toBe(false);
    expect(request.pullEvents()).toEqual(['AfterSalesRefunded']);
    expect(request.isOpen).toBe(false);
  });

  it('a REFUND approved asks for the money at once; its units go back only if never shipped', () => {
    const shipped = opened('REFUND', 'SHIPPED');
    shipped.pullEvents();
    expect(shipped.approve(3, 'ok', 'SHIPPED')).toEqual({ returnStock: false });
    expect(shipped.status).toBe('REFUNDING');
    expect(shipped.pullEvents()).toEqual(['AfterSalesApproved', 'AfterSalesRefundRequested']);
    expect(opened('REFUND', 'PAID').approve(3, 'ok', 'PAID')).toEqual({ returnStock: true });
  });

  it('rejected with a reason: closed, and no second decision', () => {
    const request = opened('RETURN');
    request.pullEvents();
    request.reject(3, 'Used');
    expect(request.snapshot()).toMatchObject({ status: 'REJECTED', decisionReason: 'Used' });
    expect(request.pullEvents()).toEqual(['AfterSalesRejected']);
    expect(request.isOpen).toBe(false);
    expect(() => request.approve(3, 'ok', 'SHIPPED')).toThrow(AfterSalesTransitionError);
    expect(() => request.reject(3, 'again')).toThrow(AfterSalesTransitionError);
    expect(request.refunded()).toBe(false);
  });
});

describe('partial requests', () => {
  /** 3 x T00100 at 10.00 and 1 x T00101 at 5.00: 35.00 + 10.00 shipping = 45.00. */
  function twoLines(status: OrderStatus = 'SHIPPED'): Order {
    const order = Order.place(
      draftOrder({ gid: 'g-2', userId: 7, idempotencyKey: null, consistency: 'tcc' }, [
        { skuId: 'T00100', title: 'a', quantity: 3, unitPriceCents: 1000 },
        { skuId: 'T00101', title: 'b', quantity: 1, unitPriceCents: 500 },
      ]),
      T0,
    );
    order.markStored({ orderId: 43, createdAt: T0, updatedAt: T0 });
    return Order.restore({ ...order.snapshot(), status });
  }
  const open = (
    order: Order,
    lines: { skuId: string; quantity: number }[] | null,
    others: AfterSalesRequest[] = [],
  ) => AfterSalesRequest.open(order, { kind: 'REFUND', reason: 'x', lines }, others, T0);

  it('quotes the units asked for; the next request gets what is left, shipping with the last unit', () => {
    const order = twoLines();
    expect(order.totalCents).toBe(4500);
    const first = open(order, [{ skuId: 'T00100', quantity: 2 }]);
    expect(first.snapshot()).toMatchObject({
      lines: [{ skuId: 'T00100', quantity: 2 }],
      refundCents: 2000,
    });
    first.markStored({ requestId: 1, createdAt: T0, updatedAt: T0 });
    first.reject(3, 'no');
    // A rejected request takes nothing: the same units may be asked again.
    const again = open(order, [{ skuId: 'T00100', quantity: 2 }], [first]);
    again.markStored({ requestId: 2, createdAt: T0, updatedAt: T0 });
    again.approve(3, 'ok', 'SHIPPED');
    again.refunded();
    const rest = open(order, null, [first, again]);
    expect(rest.snapshot()).toMatchObject({
      lines: [
        { skuId: 'T00100', quantity: 1 },
        { skuId: 'T00101', quantity: 1 },
      ],
      refundCents: 1000 + 500 + 1000,
    });
    rest.markStored({ requestId: 3, createdAt: T0, updatedAt: T0 });
    rest.approve(3, 'ok', 'SHIPPED');
    rest.refunded();
    expect(() => open(order, null, [first, again, rest])).toThrow(AfterSalesNothingLeftError);
  });

  it('refuses bad lines naming the field, and more units than are left', () => {
    const order = twoLines();
    expect(() => open(order, [{ skuId: 'T00999', quantity: 1 }])).toThrow(/^lines\[0\]\.sku_id /);
    expect(() =>
      open(order, [
        { skuId: 'T00101', quantity: 1 },
        { skuId: 'T00100', quantity: 0 },
      ]),
    ).toThrow(/^lines\[1\]\.quantity /);
    expect(() => open(order, [{ skuId: 'T00100', quantity: 1.5 }])).toThrow(InvalidArgumentError);
    expect(() => open(order, [])).toThrow(/^lines must name/);
    const taken = open(order, [{ skuId: 'T00100', quantity: 2 }]);
    taken.markStored({ requestId: 1, createdAt: T0, updatedAt: T0 });
    taken.approve(3, 'ok', 'SHIPPED');
    taken.refunded();
    expect(() => open(order, [{ skuId: 'T00100', quantity: 2 }], [taken])).toThrow(
      /^lines\[0\]\.quantity must be at most 1 /,
    );
  });

  it('a request stored without lines stands for the whole order', () => {
    const order = twoLines();
    const legacy = AfterSalesRequest.restore({ ...open(order, null).snapshot(), lines: null });
    expect(legacy.unitsOf(order)).toEqual([
      { skuId: 'T00100', quantity: 3 },
      { skuId: 'T00101', quantity: 1 },
    ]);
  });

  it('the order counts refunded units: PARTIALLY_REFUNDED, then REFUNDED with the last one', () => {
    const order = twoLines('SHIPPED');
    expect(order.refundStatus).toBe('NONE');
    order.refund(1, [{ skuId: 'T00100', quantity: 2 }], 2000, T0);
    expect(order.status).toBe('SHIPPED');
    expect(order.refundStatus).toBe('PARTIALLY_REFUNDED');
    expect(order.unitsChanged).toBe(true);
    expect(order.pullEvents()).toEqual([
      {
        type: 'OrderRefunded',
        afterSales: {
          requestId: 1,
          units: [{ skuId: 'T00100', quantity: 2 }],
          refundCents: 2000,
          complete: false,
        },
      },
    ]);
    expect(order.pullTimeline()).toEqual([
      expect.objectContaining({ kind: 'after-sales', cause: 'OrderPartiallyRefunded' }),
    ]);
    // It may still be received while partly refunded; it cannot be cancelled any more.
    order.receive('buyer', T0);
    expect(() => Order.restore({ ...order.snapshot(), status: 'PAID' }).cancel()).toThrow(
      /partly refunded/,
    );
    order.pullEvents();
    order.refund(
      2,
      [
        { skuId: 'T00100', quantity: 1 },
        { skuId: 'T00101', quantity: 1 },
      ],
      2500,
      T0,
    );
    expect(order.status).toBe('REFUNDED');
    expect(order.refundStatus).toBe('REFUNDED');
    expect(order.pullEvents()).toEqual([
      expect.objectContaining({
        type: 'OrderRefunded',
        afterSales: expect.objectContaining({ requestId: 2, complete: true }),
      }),
    ]);
    expect(() => order.refund(3, [{ skuId: 'T00100', quantity: 1 }], 1, T0)).toThrow(
      OrderTransitionError,
    );
  });

  it('the order counts returned units; stockReturned once every unit is back', () => {
    const order = twoLines('SHIPPED');
    order.returnUnits(1, [{ skuId: 'T00100', quantity: 1 }], '#1: goods received', T0);
    expect(order.stockReturned).toBe(false);
    expect(order.items.find((i) => i.skuId === 'T00100')?.returnedQuantity).toBe(1);
    expect(order.pullEvents()).toEqual([
      {
        type: 'OrderReturned',
        afterSales: { requestId: 1, units: [{ skuId: 'T00100', quantity: 1 }] },
      },
    ]);
    expect(() =>
      order.returnUnits(2, [{ skuId: 'T00100', quantity: 3 }], '#2: goods received', T0),
    ).toThrow(/more than its line has left/);
    order.returnUnits(
      2,
      [
        { skuId: 'T00100', quantity: 2 },
        { skuId: 'T00101', quantity: 1 },
      ],
      '#2: goods received',
      T0,
    );
    expect(order.stockReturned).toBe(true);
    expect(order.status).toBe('SHIPPED');
  });
});

describe('Order after-sales moves', () => {
  const all = (order: Order) => order.items.map((i) => ({ skuId: i.skuId, quantity: i.quantity }));

  it('returnUnits: OrderReturned with a timeline line, no change of status', () => {
    const order = orderIn('SHIPPED');
    order.returnUnits(5, all(order), '#5: returned goods received', T0);
    expect(order.stockReturned).toBe(true);
    expect(order.status).toBe('SHIPPED');
    expect(order.pullEvents().map((e) => e.type)).toEqual(['OrderReturned']);
    expect(order.pullTimeline()).toEqual([
      expect.objectContaining({ kind: 'after-sales', cause: 'OrderReturned', status: null }),
    ]);
    expect(() => orderIn('CANCELLED').returnUnits(5, all(order), 'x')).toThrow(
      OrderTransitionError,
    );
  });

  it('refund of every unit: PAID, SHIPPED or RECEIVED -> REFUNDED, OrderRefunded', () => {
    for (const status of ['PAID', 'SHIPPED', 'RECEIVED'] as const) {
      const order = orderIn(status);
      order.refund(5, all(order), order.totalCents);
      expect(order.status).toBe('REFUNDED');
      expect(order.pullEvents().map((e) => e.type)).toEqual(['OrderRefunded']);
    }
    for (const status of ['CREATED', 'CANCELLED', 'CLOSED'] as const) {
      const order = orderIn(status);
      expect(() => order.refund(5, all(order), 1)).toThrow(OrderTransitionError);
    }
  });
});
