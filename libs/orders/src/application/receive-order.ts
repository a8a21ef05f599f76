import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { OrderNotFoundError } from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { toOrderView, type OrderView } from './order-views.js';
import { retryOnConcurrentChange } from './retry-on-concurrent-change.js';

/**
 * The buyer confirms they have their order: SHIPPED -> RECEIVED, OrderReceived. Confirming again
 * changes nothing; another buyer's order is 404; an order not shipped 409.
 */
@Injectable()
export class ReceiveOrder {
  constructor(
    private readonly orders: OrderRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(userId: number, orderId: number): Promise<OrderView> {
    return retryOnConcurrentChange(async () => {
      const order = await this.orders.findById(orderId);
      if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
      if (order.receive('buyer')) await this.unitOfWork.run(() => this.orders.save(order));
      return toOrderView(order);
    });
  }
}
