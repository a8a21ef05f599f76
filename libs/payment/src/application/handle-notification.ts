import { Injectable } from '@nestjs/common';
import { NotFoundError, UnitOfWork } from '@nestmall/ports/platform';
import { PAYMENT_METHODS, PaymentNotFoundError, type PaymentMethod } from '../domain/payment.js';
import { PaymentProviders } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';
import type { NotificationOutcome } from './payment-views.js';
import { retryOnConcurrentChange } from './retry-on-concurrent-change.js';

/**
 * A provider's notification (its webhook): the signature is the only authentication, checked
 * before anything is read; the report must describe the payment as we asked for it; it applies
 * forward only (a replay or an out-of-order report changes nothing), and the payment is saved with
 * its events (PaymentSucceeded -> the order becomes PAID) in one local transaction. An answer
 * other than 2xx makes the provider send it again later.
 */
@Injectable()
export class HandleNotification {
  constructor(
    private readonly providers: PaymentProviders,
    private readonly payments: PaymentRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(
    method: string,
    rawBody: string,
    headers: Record<string, string>,
  ): Promise<NotificationOutcome> {
    if (!PAYMENT_METHODS.includes(method as PaymentMethod))
      throw new NotFoundError(`no payment provider ${method}`);
    const report = this.providers.get(method as PaymentMethod).verifyNotification(rawBody, headers);
    return retryOnConcurrentChange(() =>
      this.unitOfWork.run(async () => {
        const payment = await this.payments.findById(report.paymentId);
        if (!payment || payment.method !== method) throw new PaymentNotFoundError(report.paymentId);
        const changed = payment.apply(report);
        if (changed) await this.payments.save(payment);
        return { payment_id: payment.paymentId, status: payment.status, changed };
      }),
    );
  }
}
