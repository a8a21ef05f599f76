import { Injectable, Logger } from '@nestjs/common';
import { CONSUMERS, PAYMENT_REFUNDED, type PaymentEventPayload } from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { AFTER_SALES_STATUSES } from '../domain/order.js';
import { AfterSalesRepository } from './after-sales.repository.js';
import { OrderRepository } from './order.repository.js';

/**
 * The payment service gave an order's money back. When an after-sales request of the order is
 * REFUNDING, it is REFUNDED and so is the order (OrderRefunded: the rankings take it back),
 * in the unit of work that records the event (the inbox: handled once). A refund of a cancelled
 * or closed order needs nothing here.
 */
@Injectable()
export class PaymentRefundedHandler extends IntegrationEventHandler<PaymentEventPayload> {
  readonly consumer = CONSUMERS.ordersRefunds;
  readonly types = [PAYMENT_REFUNDED];
  private readonly logger = new Logger('PaymentRefundedHandler');

  constructor(
    bus: EventBus,
    private readonly orders: OrderRepository,
    private readonly requests: AfterSalesRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<PaymentEventPayload>): Promise<void> {
    const { order_id: orderId, payment_id: paymentId } = event.payload;
    if (!Number.isSafeInteger(orderId))
      throw new Error(`${event.type} ${event.id} has no order_id`);
    const request = (await this.requests.listByOrder(orderId)).find(
      (r) => r.status === 'REFUNDING',
    );
    if (!request) return;
    const order = await this.orders.findById(orderId);
    if (!order) throw new Error(`${event.type} ${paymentId} for unknown order ${orderId}`);
    request.refunded();
    await this.requests.save(request);
    if (AFTER_SALES_STATUSES.includes(order.status) && order.refund()) {
      await this.orders.save(order);
    } else {
      this.logger.warn(`payment ${paymentId} refunded for order ${orderId}, ${order.status}`);
    }
  }
}
