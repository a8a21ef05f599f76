import { InvalidArgumentError } from '@nestmall/ports/platform';
import {
  AfterSalesAlreadyOpenError,
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
  const request = AfterSalesRequest.open(orderIn(status), { kind, reason: ' It leaks ' }, null, T0);
  request.markStored({ requestId: 5, createdAt: T0, updatedAt: T0 });
  return request;
}

describe('AfterSalesRequest', () => {
  it("opens on a PAID, SHIPPED or RECEIVED order for the order's whole total", () => {
    for (const status of ['PAID', 'SHIPPED', 'RECEIVED'] as const) {
      const request = AfterSalesRequest.open(
        orderIn(status),
        { kind: 'REFUND', reason: 'x' },
        null,
      );
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
        AfterSalesRequest.open(orderIn(status), { kind: 'REFUND', reason: 'x' }, null),
      ).toThrow(AfterSalesNotAllowedError);
    expect(() =>
      AfterSalesRequest.open(orderIn('PAID'), { kind: 'RETURN', reason: 'x' }, null),
    ).toThrow(/not shipped/);
    expect(() =>
      AfterSalesRequest.open(orderIn('SHIPPED'), { kind: 'RETURN', reason: 'x' }, opened('REFUND')),
    ).toThrow(AfterSalesAlreadyOpenError);
  });

  it('names the field of bad input', () => {
    const order = orderIn('SHIPPED');
    expect(() => AfterSalesRequest.open(order, { kind: 'SWAP', reason: 'x' }, null)).toThrow(
      new InvalidArgumentError('kind must be one of REFUND, RETURN'),
    );
    for (const reason of ['', '   ', 'x'.repeat(256), 42, undefined])
      expect(() => AfterSalesRequest.open(order, { kind: 'REFUND', reason }, null)).toThrow(
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

describe('Order after-sales moves', () => {
  it('returnStock: once, OrderReturned with a timeline line, no change of status', () => {
    const order = orderIn('SHIPPED');
    expect(order.returnStock('#5: returned goods received', T0)).toBe(true);
    expect(order.returnStock('again', T0)).toBe(false);
    expect(order.stockReturned).toBe(true);
    expect(order.status).toBe('SHIPPED');
    expect(order.pullEvents().map((e) => e.type)).toEqual(['OrderReturned']);
    expect(order.pullTimeline()).toEqual([
      expect.objectContaining({ kind: 'after-sales', cause: 'OrderReturned', status: null }),
    ]);
    expect(() => orderIn('CANCELLED').returnStock('x')).toThrow(OrderTransitionError);
  });

  it('refund: PAID, SHIPPED or RECEIVED -> REFUNDED once, OrderRefunded', () => {
    for (const status of ['PAID', 'SHIPPED', 'RECEIVED'] as const) {
      const order = orderIn(status);
      expect(order.refund()).toBe(true);
      expect(order.status).toBe('REFUNDED');
      expect(order.refund()).toBe(false);
      expect(order.pullEvents().map((e) => e.type)).toEqual(['OrderRefunded']);
    }
    for (const status of ['CREATED', 'CANCELLED', 'CLOSED'] as const)
      expect(() => orderIn(status).refund()).toThrow(OrderTransitionError);
  });
});
