import { Injectable } from '@nestjs/common';
import { PaymentNotFoundError } from '../domain/payment.js';
import { PaymentRepository } from './payment.repository.js';
import { toPaymentView, type PaymentView } from './payment-views.js';

/** A buyer's own payments (another user's are not found). */
@Injectable()
export class ReadPayments {
  constructor(private readonly payments: PaymentRepository) {}

  async get(userId: number, paymentId: string): Promise<PaymentView> {
    const payment = await this.payments.findById(paymentId);
    if (!payment || payment.userId !== userId) throw new PaymentNotFoundError(paymentId);
    return toPaymentView(payment);
  }
}
