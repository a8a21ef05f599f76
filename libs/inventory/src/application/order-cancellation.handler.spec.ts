import { ORDER_CANCELLED, ORDER_RETURNED } from '@nestmall/contracts';
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

  it("returns only an after-sales request's units, once per request", async () => {
    const stock = new InMemoryStock({ T00100: 10, T00101: 10 });
    const unitOfWork = new FakeUnitOfWork();
    const operations = new StockOperations(stock, unitOfWork, new InMemoryBranchBarrier());
    const bus = new FakeEventBus();
    await new OrderCancellationHandler(bus, operations).onModuleInit();
    await operations.freeze('g3', [
      { sku_id: 'T00100', quantity: 3 },
      { sku_id: 'T00101', quantity: 1 },
    ]);
    await operations.deduct('g3');
    const returned = (requestId: number, units: { sku_id: string; quantity: number }[]) =>
      newEvent(ORDER_RETURNED, { gid: 'g3', order_id: 3, request_id: requestId, units });
    const first = returned(1, [{ sku_id: 'T00100', quantity: 2 }]);
    await unitOfWork.run(() => bus.deliver(first));
    // The same request again (another event id: the barrier row, not the inbox, stops it).
    await unitOfWork.run(() => bus.deliver(returned(1, [{ sku_id: 'T00100', quantity: 2 }])));
    expect(await stock.find('T00100')).toMatchObject({ available: 9, sold: 1 });
    expect(await stock.find('T00101')).toMatchObject({ available: 9, sold: 1 });
    await unitOfWork.run(() =>
      bus.deliver(
        returned(2, [
          { sku_id: 'T00100', quantity: 1 },
          { sku_id: 'T00101', quantity: 1 },
        ]),
      ),
    );
    expect(await stock.find('T00100')).toMatchObject({ available: 10, sold: 0 });
    expect(await stock.find('T00101')).toMatchObject({ available: 10, sold: 0 });
    await expect(
      unitOfWork.run(() => bus.deliver(returned(3, [{ sku_id: 'T00102', quantity: 1 }]))),
    ).rejects.toThrow(/holds no 1 x T00102/);
  });
});
