import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { OrderNotFoundError } from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { toOrderView, type OrderView } from './order-views.js';
import { retryOnConcurrentChange } from './retry-on-concurrent-change.js';

/**
 * The buyer pays a CREATED order: PAID, and OrderPaid goes out through the outbox. There is no
 * payment provider yet (the course's third-party service): this records that payment arrived.
 * Paying a PAID order again answers the order as it is (a retried request charges nothing twice).
 */
@Injectable()
export class PayOrder {
  constructor(
    private readonly orders: OrderRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(userId: number, orderId: number): Promise<OrderView> {
    return retryOnConcurrentChange(async () => {
      const order = await this.orders.findById(orderId);
      if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
      if (order.pay()) await this.unitOfWork.run(() => this.orders.save(order));
      return toOrderView(order);
    });
  }
}
