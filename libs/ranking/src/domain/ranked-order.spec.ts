import { RankedOrder } from './ranked-order.js';

const lines = [{ skuId: 'T00100', productId: 1000, categoryId: null, quantity: 2 }];

describe('RankedOrder', () => {
  it('counts once paid, in the UTC day of the payment; a second payment changes nothing', () => {
    const order = RankedOrder.placed(1, lines);
    expect(order.counted).toBe(false);
    expect(order.pay(new Date('2026-12-02T23:59:00Z'))).toBe(true);
    expect([order.counted, order.paidDay]).toEqual([true, '2026-12-02']);
    expect(order.pay(new Date('2026-12-03T10:00:00Z'))).toBe(false);
    expect(order.paidDay).toBe('2026-12-02');
  });

  it('a cancellation takes a paid order back and keeps its day; it stays cancelled', () => {
    const order = RankedOrder.placed(1, lines);
    order.pay(new Date('2026-12-02T10:00:00Z'));
    expect(order.cancel()).toBe(true);
    expect([order.status, order.counted, order.paidDay]).toEqual([
      'cancelled',
      false,
      '2026-12-02',
    ]);
    expect(order.cancel()).toBe(false);
    // A payment heard of after the cancellation (redelivered late) does not count it again.
    expect(order.pay(new Date('2026-12-02T11:00:00Z'))).toBe(false);
    expect(order.counted).toBe(false);
  });

  it('a cancelled unpaid order never counted', () => {
    const order = RankedOrder.placed(1, lines);
    order.cancel();
    expect([order.counted, order.paidDay]).toEqual([false, null]);
  });

  it('a restored order has nothing to save until it changes', () => {
    const order = RankedOrder.restore({
      orderId: 1,
      lines,
      status: 'placed',
      paidDay: null,
      version: 3,
    });
    expect(order.changed).toBe(false);
    order.pay(new Date());
    expect([order.changed, order.version]).toEqual([true, 3]);
  });

  it('a partial refund takes back its units; the order is cancelled once none is left', () => {
    const order = RankedOrder.placed(1, lines);
    order.pay(new Date('2026-12-02T10:00:00Z'));
    expect(order.takeBack([{ skuId: 'T00100', quantity: 1 }])).toBe(true);
    expect([order.status, order.lines[0].quantity, order.linesChanged]).toEqual(['paid', 1, true]);
    order.takeBack([{ skuId: 'T00100', quantity: 1 }]);
    expect([order.status, order.counted, order.paidDay]).toEqual([
      'cancelled',
      false,
      '2026-12-02',
    ]);
    expect(order.takeBack([{ skuId: 'T00100', quantity: 1 }])).toBe(false);
  });
});
