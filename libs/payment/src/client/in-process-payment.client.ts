import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@nestmall/platform';
import { HandleNotification } from '../application/handle-notification.js';
import type { NotificationOutcome, PaymentView } from '../application/payment-views.js';
import { ReadPayments } from '../application/read-payments.js';
import { ReconcilePayments, type ReconciliationReport } from '../application/reconcile-payments.js';
import { StartPayment } from '../application/start-payment.js';
import type { PaymentMethod } from '../domain/payment.js';
import { PaymentClient } from './payment.client.js';

@Injectable()
export class InProcessPaymentClient extends PaymentClient {
  constructor(
    private readonly start: StartPayment,
    private readonly read: ReadPayments,
    private readonly notifications: HandleNotification,
    private readonly reconciliation: ReconcilePayments,
  ) {
    super();
  }

  startPayment(
    caller: AuthenticatedUser,
    orderId: number,
    method: PaymentMethod,
  ): Promise<PaymentView> {
    return this.start.execute(caller, orderId, method);
  }

  getPayment(caller: AuthenticatedUser, paymentId: string): Promise<PaymentView> {
    return this.read.get(caller.userId, paymentId);
  }

  handleNotification(
    method: string,
    rawBody: string,
    headers: Record<string, string>,
  ): Promise<NotificationOutcome> {
    return this.notifications.execute(method, rawBody, headers);
  }

  reconcile(from: Date, to: Date): Promise<ReconciliationReport> {
    return this.reconciliation.execute(from, to);
  }
}
