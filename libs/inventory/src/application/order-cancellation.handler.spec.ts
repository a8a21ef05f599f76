import { ORDER_CANCELLED } from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import {
  FakeEventBus,
  FakeUnitOfWork,
  InMemoryBranchBarrier,
  InMemoryStock,
} from '@nestmall/testing';
import { OrderCancellationHandler } from './order-cancellation.handler.js';
import { StockOperations } from './stock-operations.js';

describe('OrderCancellationHandler', () => {
  it('returns the cancelled order units once, sharing the barrier row with cancel-order', async () => {
    const stock = new InMemoryStock({ T00100: 10 });
    const unitOfWork = new FakeUnitOfWork();
    const operations = new StockOperations(stock, unitOfWork, new InMemoryBranchBarrier());
    const bus = new FakeEventBus();
    await new OrderCancellationHandler(bus, operations).onModuleInit();
    expect(bus.subscriptions.map((s) => s.consumer)).toEqual(['inventory.order-cancellations']);

    await operations.freeze('g1', [{ sku_id: 'T00100', quantity: 3 }]);
    await operations.deduct('g1');
    await operations.returnStock('g1'); // the cancel-order transaction got there first
    const cancelled = newEvent(ORDER_CANCELLED, { gid: 'g1', order_id: 1, items: [] });
    await unitOfWork.run(() => bus.deliver(cancelled));
    expect(await stock.find('T00100')).toMatchObject({ available: 10, sold: 0 });

    await operations.freeze('g2', [{ sku_id: 'T00100', quantity: 2 }]);
    await operations.deduct('g2');
    await unitOfWork.run(() => bus.deliver(newEvent(ORDER_CANCELLED, { gid: 'g2' })));
    await unitOfWork.run(() => bus.deliver(newEvent(ORDER_CANCELLED, { gid: 'g2' })));
    expect(await stock.find('T00100')).toMatchObject({ available: 10, sold: 0 });

    await expect(bus.deliver(newEvent(ORDER_CANCELLED, {}))).rejects.toThrow(/carries no gid/);
  });
});
