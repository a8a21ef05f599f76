import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { TccCoordinator } from '@nestmall/ports/transactions';
import { OrderRepository } from './order.repository.js';
import { OrderTransactionTypes } from './order-transaction-types.js';

/** How long an order may stay unpaid (ORDER_PAYMENT_TIMEOUT_MS). */
export abstract class PaymentTimeout {
  abstract readonly ms: number;
}

/**
 * Closes the orders unpaid past the payment timeout: CLOSED with OrderClosed, their units back
 * to available the way a cancel returns them (the cancel-order transaction with `close`, or for
 * an order placed as a two-phase message the inventory's handler of OrderClosed); the payment
 * context cancels the open payment when it hears OrderClosed. An order paid meanwhile refuses
 * the close (its Try fails, nothing changes). Returns how many it closed.
 */
@Injectable()
export class CloseUnpaidOrders {
  private readonly logger = new Logger('CloseUnpaidOrders');

  constructor(
    private readonly orders: OrderRepository,
    private readonly coordinator: TccCoordinator,
    private readonly transactionTypes: OrderTransactionTypes,
    private readonly unitOfWork: UnitOfWork,
    private readonly timeout: PaymentTimeout,
  ) {}

  async execute(now = new Date(), batch = 50): Promise<number> {
    const ids = await this.orders.unpaidOrderIds(new Date(now.getTime() - this.timeout.ms), batch);
    let closed = 0;
    for (const orderId of ids) {
      try {
        if (await this.closeOne(orderId)) closed++;
      } catch (error) {
        // Paid or cancelled in between, or a branch unavailable: the next pass tries again.
        this.logger.warn(`order ${orderId} not closed: ${(error as Error).message}`);
      }
    }
    return closed;
  }

  private async closeOne(orderId: number): Promise<boolean> {
    const order = await this.orders.findById(orderId);
    if (!order || order.status !== 'CREATED') return false;
    if (order.consistency === 'message') {
      order.close();
      await this.unitOfWork.run(() => this.orders.save(order));
      return true;
    }
    const outcome = await this.coordinator.execute(
      this.transactionTypes.cancelOrder,
      randomUUID(),
      { orderId, orderGid: order.gid, close: true },
    );
    return outcome.status !== 'CANCELLED' && outcome.status !== 'CANCELLING';
  }
}
