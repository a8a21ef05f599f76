import { Injectable } from '@nestjs/common';
import {
  AFTER_SALES_REFUND_REQUESTED,
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_CLOSED,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { PaymentRepository } from './payment.repository.js';

/**
 * An order ended (its buyer cancelled it, or it was closed unpaid) or an after-sales refund of it
 * was approved (AfterSalesRefundRequested: the whole order's money back): each of its payments
 * learns it, so a paid one is refunded and an open one cancelled at its provider (the aggregate
 * records which; the provider work handler does it after the commit), and money that arrives
 * later goes back too. Handled once (the inbox), in the unit of work that records it.
 */
@Injectable()
export class OrderEndedHandler extends IntegrationEventHandler<{ order_id: number }> {
  readonly consumer = CONSUMERS.paymentOrderEnds;
  readonly types = [ORDER_CANCELLED, ORDER_CLOSED, AFTER_SALES_REFUND_REQUESTED];

  constructor(
    bus: EventBus,
    private readonly payments: PaymentRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<{ order_id: number }>): Promise<void> {
    const orderId = event.payload.order_id;
    if (!Number.isSafeInteger(orderId))
      throw new Error(`${event.type} ${event.id} has no order_id`);
    for (const payment of await this.payments.findByOrder(orderId))
      if (payment.orderEnded()) await this.payments.save(payment);
  }
}
