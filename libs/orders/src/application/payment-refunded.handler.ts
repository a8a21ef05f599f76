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
 * The payment service gave some of an order's money back. The refund names the after-sales
 * request it was for (`request_id`): that request, when REFUNDING, is REFUNDED, and the order
 * counts its units refunded (OrderRefunded with the units and the amount: the rankings take
 * those back; REFUNDED once every unit is), in the unit of work that records the event (the
 * inbox: handled once). A refund without a request (an order cancelled or closed after it was
 * paid, or the provider's own "refunded" of the whole payment) moves the order's REFUNDING
 * request, if it has one; otherwise nothing here.
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
    const { order_id: orderId, payment_id: paymentId, request_id: requestId } = event.payload;
    if (!Number.isSafeInteger(orderId))
      throw new Error(`${event.type} ${event.id} has no order_id`);
    const request = (await this.requests.listByOrder(orderId)).find((r) =>
      requestId ? r.requestId === requestId : r.status === 'REFUNDING',
    );
    if (!request?.refunded()) return;
    const order = await this.orders.findById(orderId);
    if (!order) throw new Error(`${event.type} ${paymentId} for unknown order ${orderId}`);
    await this.requests.save(request);
    if (!AFTER_SALES_STATUSES.includes(order.status)) {
      this.logger.warn(`payment ${paymentId} refunded for order ${orderId}, ${order.status}`);
      return;
    }
    order.refund(request.requestId, request.unitsOf(order), request.refundCents);
    await this.orders.save(order);
  }
}
