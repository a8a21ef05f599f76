import { ORDER_REQUESTED } from '@nestmall/contracts';
import { newEvent } from '@nestmall/messaging';
import { FakeEventBus, FakeUnitOfWork, InMemoryStock } from '@nestmall/testing';
import { OrderRequestHandler } from './order-request.handler.js';

describe('OrderRequestHandler (the two-phase message, inventory side)', () => {
  let stock: InMemoryStock;
  let bus: FakeEventBus;
  let unitOfWork: FakeUnitOfWork;

  beforeEach(async () => {
    stock = new InMemoryStock({ T00100: 10, T00101: 1 });
    bus = new FakeEventBus();
    unitOfWork = new FakeUnitOfWork();
    await new OrderRequestHandler(bus, stock).onModuleInit();
  });

  const request = (items: unknown, payload: object = { gid: 'g1', order_id: 7 }) => {
    const event = newEvent(ORDER_REQUESTED, { ...payload, items });
    return unitOfWork.run(() => bus.deliver(event)).then(() => event);
  };

  it('subscribes to OrderRequested as inventory.order-requests', () => {
    expect(bus.subscriptions.map((s) => [s.consumer, s.types])).toEqual([
      ['inventory.order-requests', [ORDER_REQUESTED]],
    ]);
  });

  it('deducts every line (available -> sold), keeps them under the gid, answers StockDeducted', async () => {
    const event = await request([
      { sku_id: 'T00101', quantity: 1 },
      { sku_id: 'T00100', quantity: 2 },
    ]);
    expect(await stock.find('T00100')).toMatchObject({ available: 8, sold: 2 });
    expect(await stock.find('T00101')).toMatchObject({ available: 0, sold: 1 });
    expect(stock.holds.get('g1')).toHaveLength(2);
    expect(stock.events).toEqual([
      { type: 'StockDeducted', gid: 'g1', orderId: 7, causationId: event.id },
    ]);
  });

  it('deducts no line when one is short, answering StockRejected with the reason', async () => {
    await request([
      { sku_id: 'T00100', quantity: 2 },
      { sku_id: 'T00101', quantity: 2 },
    ]);
    expect(await stock.find('T00100')).toMatchObject({ available: 10, sold: 0 });
    expect(stock.holds.has('g1')).toBe(false);
    expect(stock.events).toMatchObject([
      {
        type: 'StockRejected',
        reason: 'not enough stock for T00101: 1 available, 2 wanted',
      },
    ]);
  });

  it.each([
    ['an unknown SKU', [{ sku_id: 'T00199', quantity: 1 }], 'sku T00199 not found'],
    ['no lines', [], 'items must not be empty'],
    ['no item list at all', undefined, 'items must not be empty'],
    ['a bad quantity', [{ sku_id: 'T00100', quantity: -1 }], 'quantity of T00100'],
  ])('rejects %s with its reason', async (_what, items, reason) => {
    await request(items);
    expect(stock.events).toMatchObject([{ type: 'StockRejected' }]);
    expect((stock.events[0] as { reason: string }).reason).toContain(reason);
  });

  it('fails (to be retried, then dead-lettered) for an event without gid or order id', async () => {
    await expect(request([], { order_id: 7 })).rejects.toThrow(/carries no gid or order_id/);
    await expect(request([], { gid: 'g' })).rejects.toThrow(/carries no gid or order_id/);
  });

  it('lets an unexpected failure through (retried), not turned into a rejection', async () => {
    stock.addHold = async () => {
      throw new Error('database down');
    };
    await expect(request([{ sku_id: 'T00100', quantity: 1 }])).rejects.toThrow('database down');
  });
});
