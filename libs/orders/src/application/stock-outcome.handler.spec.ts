import { STOCK_DEDUCTED, STOCK_REJECTED } from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import { FakeEventBus, FakeStockGate, FakeUnitOfWork, InMemoryOrders } from '@nestmall/testing';
import { draftOrder, Order } from '../domain/order.js';
import { StockOutcomeHandler } from './stock-outcome.handler.js';

describe('StockOutcomeHandler', () => {
  let orders: InMemoryOrders;
  let gate: FakeStockGate;
  let unitOfWork: FakeUnitOfWork;
  let bus: FakeEventBus;

  beforeEach(async () => {
    orders = new InMemoryOrders();
    gate = new FakeStockGate();
    unitOfWork = new FakeUnitOfWork();
    bus = new FakeEventBus();
    await new StockOutcomeHandler(bus, orders, gate, unitOfWork).onModuleInit();
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

  it('subscribes to both answers as the orders.stock-outcomes consumer', () => {
    expect(bus.subscriptions.map((s) => [s.consumer, s.types])).toEqual([
      ['orders.stock-outcomes', [STOCK_DEDUCTED, STOCK_REJECTED]],
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
});
