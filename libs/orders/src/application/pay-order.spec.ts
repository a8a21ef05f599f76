import { FakeUnitOfWork, InMemoryOrders } from '@nestmall/testing';
import { draftOrder, Order, OrderNotFoundError, OrderNotPayableError } from '../domain/order.js';
import { PayOrder } from './pay-order.js';

describe('PayOrder', () => {
  let orders: InMemoryOrders;
  let unitOfWork: FakeUnitOfWork;
  let payOrder: PayOrder;
  let id: number;

  beforeEach(async () => {
    orders = new InMemoryOrders();
    unitOfWork = new FakeUnitOfWork();
    payOrder = new PayOrder(orders, unitOfWork);
    const order = Order.place(
      draftOrder({ gid: 'g', userId: 7, idempotencyKey: null, consistency: 'tcc' }, [
        { skuId: 'T00100', title: 't', quantity: 1, unitPriceCents: 100 },
      ]),
    );
    await orders.add(order);
    id = order.orderId;
  });

  it('pays a CREATED order: PAID and OrderPaid in one unit of work, answered without a re-read', async () => {
    orders.setStatus(id, 'CREATED');
    expect(await payOrder.execute(7, id)).toMatchObject({ order_id: id, status: 'PAID' });
    expect(orders.events).toEqual([{ type: 'OrderPaid', orderId: id }]);
    expect(unitOfWork.committed).toBe(1);
    expect(orders.reads).toBe(1);
  });

  it('answers a PAID order as it is: a retried payment records nothing twice', async () => {
    orders.setStatus(id, 'PAID');
    expect(await payOrder.execute(7, id)).toMatchObject({ status: 'PAID' });
    expect(orders.events).toEqual([]);
    expect(unitOfWork.opened).toBe(0);
  });

  it('refuses an order that is not awaiting payment', async () => {
    await expect(payOrder.execute(7, id)).rejects.toThrow(OrderNotPayableError); // PENDING
  });

  it("answers someone else's order as not found", async () => {
    await expect(payOrder.execute(8, id)).rejects.toThrow(OrderNotFoundError);
  });
});
