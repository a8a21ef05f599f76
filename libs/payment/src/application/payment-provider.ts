import type { PaymentMethod, ProviderReport } from '../domain/payment.js';

export interface CheckoutRequest {
  paymentId: string;
  orderId: number;
  amountCents: number;
  currency: string;
  /** Where the provider posts its notifications (POST /payments/webhooks/<method>). */
  notifyUrl: string;
}

export interface Checkout {
  providerPaymentId: string;
  /** The page the buyer pays on. */
  checkoutUrl: string;
}

/** A provider's record of one payment, with when it was created (for reconciliation). */
export interface ProviderRecord extends ProviderReport {
  createdAt: Date;
}

/**
 * A payment provider, as the payment context uses it (docs/payments.md: how a real one plugs
 * in). Each method is idempotent at the provider: a retry never charges, refunds or cancels twice.
 */
export abstract class PaymentProvider {
  abstract readonly method: PaymentMethod;
  /** Opens a checkout for a payment (the same paymentId again: the same checkout). */
  abstract createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** The provider's current record of a payment (its query API). */
  abstract query(providerPaymentId: string): Promise<ProviderRecord>;
  /**
   * Gives `amountCents` of the payment back, as our refund `refundId` (the provider's
   * idempotency key: the same id again refunds nothing more). The provider refuses more than
   * the payment has left; the payment is "refunded" at the provider once all of it is back.
   */
  abstract refund(providerPaymentId: string, amountCents: number, refundId: string): Promise<void>;
  /** Closes an unpaid checkout. */
  abstract cancel(providerPaymentId: string): Promise<void>;
  /** Its records of payments created in [from, to). */
  abstract list(from: Date, to: Date): Promise<ProviderRecord[]>;
  /**
   * The report a notification carries, once its signature verifies (raw body and headers as
   * received). @throws InvalidSignatureError (nothing may change), InvalidArgumentError
   */
  abstract verifyNotification(rawBody: string, headers: Record<string, string>): ProviderReport;
}

/** Every configured provider, by payment method. */
export abstract class PaymentProviders {
  abstract get(method: PaymentMethod): PaymentProvider;
  abstract all(): readonly PaymentProvider[];
}
