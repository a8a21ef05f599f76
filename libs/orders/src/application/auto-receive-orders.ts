import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { OrderRepository } from './order.repository.js';

/** How long after delivery an order counts as received (ORDER_AUTO_RECEIVE_AFTER_MS). */
export abstract class AutoReceiveAfter {
  abstract readonly ms: number;
}

/**
 * Orders the carrier delivered more than the configured time ago and their buyer never
 * confirmed: RECEIVED with OrderReceived (the course's automatic confirmation). An order the
 * buyer confirmed meanwhile is skipped. Returns how many it received.
 */
@Injectable()
export class AutoReceiveOrders {
  private readonly logger = new Logger('AutoReceiveOrders');

  constructor(
    private readonly orders: OrderRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly after: AutoReceiveAfter,
  ) {}

  async execute(now = new Date(), batch = 50): Promise<number> {
    const cutoff = new Date(now.getTime() - this.after.ms);
    const ids = await this.orders.deliveredOrderIds(cutoff, batch);
    let received = 0;
    for (const orderId of ids) {
      try {
        const order = await this.orders.findById(orderId);
        if (!order?.awaitsAutoReceipt(cutoff)) continue;
        order.receive('auto', now);
        await this.unitOfWork.run(() => this.orders.save(order));
        received++;
      } catch (error) {
        // Confirmed by its buyer in between: the next pass no longer lists it.
        this.logger.warn(`order ${orderId} not received: ${(error as Error).message}`);
      }
    }
    return received;
  }
}
