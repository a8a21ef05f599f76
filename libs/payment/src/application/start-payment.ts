import { Injectable } from '@nestjs/common';
import { OrdersClient } from '@nestmall/ports/orders';
import { ConflictError, UnitOfWork, type AuthenticatedUser } from '@nestmall/ports/platform';
import {
  OrderNotPayableError,
  Payment,
  PaymentAlreadyStoredError,
  type PaymentMethod,
} from '../domain/payment.js';
import { PaymentProviders } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';
import { PaymentSettings } from './payment-settings.js';
import { toPaymentView, type PaymentView } from './payment-views.js';

/**
 * The buyer pays a CREATED order: a payment for the order's total as the orders context knows it
 * (never an amount from the client), opened at the provider, answered with its checkout URL. The
 * order stays CREATED until the provider's confirmation arrives (HandleNotification). An open
 * payment of the order is answered again rather than a second one opened.
 */
@Injectable()
export class StartPayment {
  constructor(
    private readonly orders: OrdersClient,
    private readonly payments: PaymentRepository,
    private readonly providers: PaymentProviders,
    private readonly settings: PaymentSettings,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(
    caller: AuthenticatedUser,
    orderId: number,
    method: PaymentMethod,
  ): Promise<PaymentView> {
    // NOT_FOUND unless the order is the caller's: the orders context checks with the caller's token.
    const order = await this.orders.getOrder(caller, orderId);
    const earlier = await this.payments.findByOrder(orderId);
    const open = earlier.find((p) => p.open);
    if (open) {
      if (open.method !== method)
        throw new ConflictError(
          `order ${orderId} has an open ${open.method} payment ${open.paymentId}`,
        );
      return toPaymentView(open);
    }
    if (order.status !== 'CREATED') throw new OrderNotPayableError(orderId, order.status);
    // One id per attempt of an order: two concurrent requests open the same checkout at the
    // provider (the id is its idempotency key) and only one of them stores it.
    const paymentId = `pay_${orderId}_${earlier.length + 1}`;
    const provider = this.providers.get(method);
    const checkout = await provider.createCheckout({
      paymentId,
      orderId,
      amountCents: order.total_cents,
      currency: this.settings.currency,
      notifyUrl: `${this.settings.notifyBaseUrl}/payments/webhooks/${method}`,
    });
    const payment = Payment.start({
      paymentId,
      orderId,
      userId: caller.userId,
      method,
      amountCents: order.total_cents,
      currency: this.settings.currency,
      providerPaymentId: checkout.providerPaymentId,
      checkoutUrl: checkout.checkoutUrl,
    });
    try {
      await this.unitOfWork.run(() => this.payments.add(payment));
    } catch (error) {
      if (!(error instanceof PaymentAlreadyStoredError)) throw error;
      const stored = await this.payments.findById(paymentId);
      if (!stored) throw error;
      return toPaymentView(stored);
    }
    return toPaymentView(payment);
  }
}
