import type { AuthenticatedUser } from '@nestmall/ports/platform';
import type { ReconciliationReport } from '../application/reconcile-payments.js';
import type { NotificationOutcome, PaymentView } from '../application/payment-views.js';
import type { PaymentMethod } from '../domain/payment.js';

/**
 * The port through which the REST edge reaches the payment context (in-process or gRPC). The
 * buyer's methods act for `caller`, the user whose access token the edge verified; a provider's
 * notification carries no user, its signature is its authentication.
 */
export abstract class PaymentClient {
  abstract startPayment(
    caller: AuthenticatedUser,
    orderId: number,
    method: PaymentMethod,
  ): Promise<PaymentView>;
  abstract getPayment(caller: AuthenticatedUser, paymentId: string): Promise<PaymentView>;
  abstract handleNotification(
    method: string,
    rawBody: string,
    headers: Record<string, string>,
  ): Promise<NotificationOutcome>;
  abstract reconcile(from: Date, to: Date): Promise<ReconciliationReport>;
}
