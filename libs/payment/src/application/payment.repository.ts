import type { Payment } from '../domain/payment.js';

/**
 * Loads and saves payments; saving writes the payment's recorded events to the outbox in the
 * same local transaction (the caller's unit of work).
 */
export abstract class PaymentRepository {
  abstract add(payment: Payment): Promise<void>;
  /** @throws PaymentChangedConcurrentlyError when it changed since it was read */
  abstract save(payment: Payment): Promise<void>;
  abstract findById(paymentId: string): Promise<Payment | null>;
  /** Its order's payments, newest first. */
  abstract findByOrder(orderId: number): Promise<Payment[]>;
  /** Payments created in [from, to), for reconciliation. */
  abstract createdBetween(from: Date, to: Date): Promise<Payment[]>;
}
