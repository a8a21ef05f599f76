import { Injectable } from '@nestjs/common';
import {
  AFTER_SALES_REFUND_REQUESTED,
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_CLOSED,
  type AfterSalesEventPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { PaymentRepository } from './payment.repository.js';

type OrderEndPayload = { order_id: number } & Partial<AfterSalesEventPayload>;

/**
 * An order ended (its buyer cancelled it, or it was closed unpaid): each of its payments learns
 * it, so a paid one gives back what no refund has taken yet and an open one is cancelled at its
 * provider, and money that arrives later goes back too. An after-sales refund was approved
 * (AfterSalesRefundRequested): the order's paid payment refunds the request's `refund_cents`
 * (one refund per request). The aggregate records what to ask of the provider; the provider
 * work handler does it after the commit. Handled once (the inbox), in the unit of work that
 * records it.
 */
@Injectable()
export class OrderEndedHandler extends IntegrationEventHandler<OrderEndPayload> {
  readonly consumer = CONSUMERS.paymentOrderEnds;
  readonly types = [ORDER_CANCELLED, ORDER_CLOSED, AFTER_SALES_REFUND_REQUESTED];

  constructor(
    bus: EventBus,
    private readonly payments: PaymentRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderEndPayload>): Promise<void> {
    const orderId = event.payload.order_id;
    if (!Number.isSafeInteger(orderId))
      throw new Error(`${event.type} ${event.id} has no order_id`);
    const payments = await this.payments.findByOrder(orderId);
    if (event.type === AFTER_SALES_REFUND_REQUESTED) {
      const { request_id: requestId, refund_cents: cents } = event.payload;
      if (!Number.isSafeInteger(requestId) || !Number.isSafeInteger(cents))
        throw new Error(`${event.type} ${event.id} has no request_id or refund_cents`);
      // The request's refund exists already (a repeat): nothing more.
      if (payments.some((p) => p.snapshot().refunds?.some((r) => r.requestId === requestId)))
        return;
      const paid = payments.find((p) => p.status === 'SUCCEEDED');
      if (!paid) throw new Error(`${event.type} ${event.id}: order ${orderId} has no paid payment`);
      paid.requestRefund(requestId!, cents!);
      await this.payments.save(paid);
      return;
    }
    for (const payment of payments) if (payment.orderEnded()) await this.payments.save(payment);
  }
}
