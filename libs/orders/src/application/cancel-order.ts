import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, UnitOfWork } from '@nestmall/ports/platform';
import { TccCoordinator } from '@nestmall/ports/transactions';
import { OrderNotFoundError, type Order } from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { OrdersInFlight } from './orders-in-flight.js';
import { OrderTransactionTypes } from './order-transaction-types.js';
import { OrderXa } from './order-xa.js';
import { toOrderView, type OrderView } from './order-views.js';
import { retryOnConcurrentChange } from './retry-on-concurrent-change.js';

/**
 * A buyer cancels an order not yet shipped: CANCELLED now, its units back to available (at once
 * through the cancel-order TCC transaction, or, for an order placed as a two-phase message, by
 * the inventory's handler of OrderCancelled a moment later).
 */
@Injectable()
export class CancelOrder {
  constructor(
    private readonly orders: OrderRepository,
    private readonly coordinator: TccCoordinator,
    private readonly transactionTypes: OrderTransactionTypes,
    private readonly inFlight: OrdersInFlight,
    private readonly unitOfWork: UnitOfWork,
    /** For orders placed with ORDER_CONSISTENCY=xa: cancelled by two-phase commit too. */
    private readonly xa?: OrderXa,
  ) {}

  async execute(userId: number, orderId: number): Promise<OrderView> {
    return retryOnConcurrentChange(() => this.cancelOnce(userId, orderId));
  }

  private async cancelOnce(userId: number, orderId: number): Promise<OrderView> {
    const order = await this.orders.findById(orderId);
    if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
    if (order.status === 'CANCELLED') return toOrderView(order);
    if (order.consistency === 'message') {
      // BASE, as it was placed: CANCELLED now with OrderCancelled in the outbox; the inventory
      // returns the units when it handles the event.
      order.cancel();
      await this.unitOfWork.run(() => this.orders.save(order));
      return toOrderView(order);
    }
    return this.cancelWithTcc(order);
  }

  private async cancelWithTcc(order: Order): Promise<OrderView> {
    const gid = randomUUID();
    this.inFlight.watch(gid, order);
    try {
      const payload = { orderId: order.orderId, orderGid: order.gid };
      const outcome =
        order.consistency === 'xa' && this.xa
          ? await this.xa.cancel(gid, payload)
          : await this.coordinator.execute(this.transactionTypes.cancelOrder, gid, payload);
      if (outcome.status === 'CANCELLED' || outcome.status === 'CANCELLING') {
        throw outcome.error instanceof DomainError
          ? outcome.error
          : new DomainError('UNAVAILABLE', 'the order could not be cancelled now; try again');
      }
      const cancelled = this.inFlight.take(gid) ?? (await this.orders.findById(order.orderId));
      return toOrderView(cancelled!);
    } finally {
      this.inFlight.unwatch(gid);
    }
  }
}
