import { COUPON_REJECTED, COUPON_USED, STOCK_DEDUCTED, STOCK_REJECTED } from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import { FakeEventBus, FakeStockGate, FakeUnitOfWork, InMemoryOrders } from '@nestmall/testing';
import { draftOrder, Order } from '../domain/order.js';
import { PlacementOutcomeHandler } from './placement-outcome.handler.js';

describe('PlacementOutcomeHandler', () => {
  let orders: InMemoryOrders;
  let gate: FakeStockGate;
  let unitOfWork: FakeUnitOfWork;
  let bus: FakeEventBus;

  beforeEach(async () => {
    orders = new InMemoryOrders();
    gate = new FakeStockGate();
    unitOfWork = new FakeUnitOfWork();
    bus = new FakeEventBus();
    await new PlacementOutcomeHandler(bus, orders, gate, unitOfWork).onModuleInit();
    await orders.add(
      Order.place(
        draftOrder({ gid: 'g1', userId: 7, idempotencyKey: null, consistency: 'message' }, [
          { skuId: 'T00100', title: 't', quantity: 2, unitPriceCents: 100 },
        ]),
      ),
    );
    orders.events.length = 0;
  });

  const deliver = (type: string, payload: object) =>
    unitOfWork.run(() => bus.deliver(newEvent(type, payload)));

  it('subscribes to every answer as the orders.stock-outcomes consumer', () => {
    expect(bus.subscriptions.map((s) => [s.consumer, s.types])).toEqual([
      ['orders.stock-outcomes', [STOCK_DEDUCTED, STOCK_REJECTED, COUPON_USED, COUPON_REJECTED]],
    ]);
  });

  it('StockDeducted makes the order CREATED with OrderPlaced', async () => {
    await deliver(STOCK_DEDUCTED, { gid: 'g1', order_id: 1 });
    expect(orders.rows.get(1)!.status).toBe('CREATED');
    expect(orders.events).toEqual([{ type: 'OrderPlaced', orderId: 1 }]);
    expect(gate.released).toEqual([]);
  });

  it('StockRejected fails it with the reason, and gives the gate its units back after the commit', async () => {
    await deliver(STOCK_REJECTED, { gid: 'g1', order_id: 1, reason: 'not enough stock' });
    expect(orders.rows.get(1)).toMatchObject({
      status: 'FAILED',
      failureReason: 'not enough stock',
    });
    expect(gate.released).toEqual([[{ skuId: 'T00100', quantity: 2 }]]);
  });

  it('gives the gate nothing back when the unit of work does not commit', async () => {
    orders.save = async () => {
      throw new Error('database down');
    };
    await expect(deliver(STOCK_REJECTED, { gid: 'g1', order_id: 1, reason: 'x' })).rejects.toThrow(
      'database down',
    );
    expect(gate.released).toEqual([]);
  });

  it('changes nothing when the answer comes again for a settled order', async () => {
    await deliver(STOCK_DEDUCTED, { gid: 'g1', order_id: 1 });
    await deliver(STOCK_REJECTED, { gid: 'g1', order_id: 1, reason: 'late' });
    expect(orders.rows.get(1)!.status).toBe('CREATED');
    expect(orders.saves).toEqual([1]);
  });

  it('fails (to be retried, then dead-lettered) for an unknown order or an event without gid', async () => {
    await expect(deliver(STOCK_DEDUCTED, { gid: 'nope', order_id: 9 })).rejects.toThrow(
      /unknown order gid nope/,
    );
    await expect(deliver(STOCK_DEDUCTED, { order_id: 9 })).rejects.toThrow(/carries no gid/);
  });

  describe('with a coupon: the order waits for both answers', () => {
    beforeEach(async () => {
      const draft = draftOrder(
        { gid: 'g2', userId: 7, idempotencyKey: null, consistency: 'message' },
        [{ skuId: 'T00101', title: 't', quantity: 1, unitPriceCents: 5000 }],
        {
          skuDiscounts: [],
          spendAndSave: [],
          coupon: {
            couponId: 5,
            name: 'c',
            kind: 'AMOUNT_OFF',
            amountOffCents: 1000,
            percentOff: 0,
          },
        },
      );
      await orders.add(Order.place(draft));
      orders.events.length = 0;
    });
    const status = () => orders.rows.get(2)!;

    it('stock and coupon yes, in either order: CREATED once both are in', async () => {
      await deliver(COUPON_USED, { gid: 'g2', order_id: 2 });
      expect(status().status).toBe('PENDING');
      await deliver(STOCK_DEDUCTED, { gid: 'g2', order_id: 2 });
      expect(status().status).toBe('CREATED');
      expect(orders.events).toEqual([{ type: 'OrderPlaced', orderId: 2 }]);
    });

    it('stock deducted, coupon refused: FAILED with the coupon reason, OrderRejected gives the units back', async () => {
      await deliver(STOCK_DEDUCTED, { gid: 'g2', order_id: 2 });
      await deliver(COUPON_REJECTED, { gid: 'g2', order_id: 2, reason: 'coupon_id 5: used' });
      expect(status()).toMatchObject({ status: 'FAILED', failureReason: 'coupon_id 5: used' });
      expect(orders.events.map((e) => e.type)).toEqual(['OrderFailed', 'OrderRejected']);
      expect(gate.released).toEqual([[{ skuId: 'T00101', quantity: 1 }]]);
    });

    it('stock refused, coupon used: FAILED with the stock reason, OrderRejected gives the coupon back', async () => {
      await deliver(STOCK_REJECTED, { gid: 'g2', order_id: 2, reason: 'not enough stock' });
      await deliver(COUPON_USED, { gid: 'g2', order_id: 2 });
      expect(status()).toMatchObject({ status: 'FAILED', failureReason: 'not enough stock' });
      expect(orders.events.map((e) => e.type)).toEqual(['OrderFailed', 'OrderRejected']);
    });

    it('both refused: FAILED with the first reason, nothing to give back; a repeat changes nothing', async () => {
      await deliver(COUPON_REJECTED, { gid: 'g2', order_id: 2, reason: 'coupon_id 5: expired' });
      await deliver(COUPON_REJECTED, { gid: 'g2', order_id: 2, reason: 'again' });
      await deliver(STOCK_REJECTED, { gid: 'g2', order_id: 2, reason: 'not enough stock' });
      expect(status()).toMatchObject({ status: 'FAILED', failureReason: 'coupon_id 5: expired' });
      expect(orders.events.map((e) => e.type)).toEqual(['OrderFailed']);
    });
  });
});
