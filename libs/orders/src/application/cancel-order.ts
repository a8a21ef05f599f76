import { randomUUID } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { OutboxRelay } from '@nestmall/messaging';
import { DomainError } from '@nestmall/platform';
import { TccCoordinator } from '@nestmall/transactions';
import {
  CANCELLABLE_STATUSES,
  OrderAlreadyCancelledError,
  OrderNotCancellableError,
  OrderNotFoundError,
} from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { OrderTransactions } from './order-transactions.js';
import { toOrderView, type OrderView } from './order-views.js';

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
    private readonly transactions: OrderTransactions,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  async execute(userId: number, orderId: number): Promise<OrderView> {
    const order = await this.orders.findById(orderId);
    if (!order || order.userId !== userId) throw new OrderNotFoundError(orderId);
    if (order.status === 'CANCELLED') return toOrderView(order);
    if (!CANCELLABLE_STATUSES.includes(order.status))
      throw new OrderNotCancellableError(orderId, order.status);
    if (order.consistency === 'message') {
      // BASE, as it was placed: CANCELLED now with OrderCancelled in the outbox; the inventory
      // returns the units when it handles the event.
      await this.orders.cancelPlaced(randomUUID(), orderId).catch(alreadyCancelledIsDone);
      this.relay?.nudge();
      return toOrderView((await this.orders.findById(orderId))!);
    }

    const outcome = await this.coordinator.execute(this.transactions.cancelOrder, randomUUID(), {
      orderId,
      orderGid: order.gid,
    });
    if (outcome.status === 'CANCELLED' || outcome.status === 'CANCELLING') {
      if (outcome.error instanceof OrderAlreadyCancelledError)
        return toOrderView((await this.orders.findById(orderId))!);
      throw outcome.error instanceof DomainError
        ? outcome.error
        : new DomainError('UNAVAILABLE', 'the order could not be cancelled now; try again');
    }
    return toOrderView((await this.orders.findById(orderId))!);
  }
}

/** Two cancels at once: the later one answers the order the earlier one cancelled. */
function alreadyCancelledIsDone(error: unknown): void {
  if (!(error instanceof OrderAlreadyCancelledError)) throw error;
}
