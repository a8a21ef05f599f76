import { Injectable, Logger } from '@nestjs/common';
import { CONSUMERS, PAYMENT_SUCCEEDED, type PaymentEventPayload } from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { OrderRepository } from './order.repository.js';

/**
 * The payment service confirmed an order's payment (the provider's signed confirmation checked
 * out): CREATED -> PAID, and OrderPaid goes out. Handled once (the inbox), in the unit of work
 * that records it; a second PaymentSucceeded for a PAID order changes nothing. An order that
 * ended first (cancelled) stays as it is: the payment service refunds the payment when it
 * hears OrderCancelled.
 */
@Injectable()
export class PaymentSucceededHandler extends IntegrationEventHandler<PaymentEventPayload> {
  readonly consumer = CONSUMERS.ordersPayments;
  readonly types = [PAYMENT_SUCCEEDED];
  private readonly logger = new Logger('PaymentSucceededHandler');

  constructor(
    bus: EventBus,
    private readonly orders: OrderRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<PaymentEventPayload>): Promise<void> {
    const { order_id: orderId, amount_cents: amount, payment_id: paymentId } = event.payload;
    const order = await this.orders.findById(orderId);
    // Unknown order or another amount: retried, then parked as a dead letter for an operator.
    if (!order) throw new Error(`${event.type} ${paymentId} for unknown order ${orderId}`);
    if (amount !== order.totalCents)
      throw new Error(
        `${event.type} ${paymentId}: ${amount} cents for order ${orderId} of ${order.totalCents}`,
      );
    if (order.status !== 'CREATED' && order.status !== 'PAID') {
      this.logger.warn(
        `payment ${paymentId} succeeded for order ${orderId}, ${order.status}: refunded`,
      );
      return;
    }
    if (order.pay()) await this.orders.save(order);
  }
}
