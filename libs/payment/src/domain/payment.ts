import { ConflictError, NotFoundError, UnprocessableError } from '@nestmall/ports/platform';

/** How the buyer pays: a card-style provider or a wallet-style provider (one port, two adapters). */
export const PAYMENT_METHODS = ['card', 'wallet'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * PENDING (checkout open at the provider) -> SUCCEEDED (the provider's confirmation checked out)
 * -> REFUNDED; PENDING -> FAILED (declined; the buyer may still pay on the same checkout) or
 * CANCELLED (its order ended unpaid).
 */
export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'REFUNDED';

/** The provider's state of a payment, as a notification or a query reports it. */
export type ProviderStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled' | 'refunded';

/**
 * What the provider says about one payment (a verified webhook, or its query API), mapped from
 * its own format by its adapter.
 */
export interface ProviderReport {
  providerPaymentId: string;
  /** Our payment id, which we gave the provider as its merchant reference. */
  paymentId: string;
  orderId: number;
  amountCents: number;
  currency: string;
  status: ProviderStatus;
}

/**
 * How far along a provider state is: a report of an earlier state than the one we hold (a late
 * "pending", a "succeeded" after "refunded") is out of order and changes nothing. A declined
 * payment may still succeed (the buyer tries again on the same checkout), so FAILED ranks below
 * SUCCEEDED; so does CANCELLED (money that arrives after the order closed is refunded).
 */
const RANK: Record<PaymentStatus, number> = {
  PENDING: 0,
  FAILED: 1,
  CANCELLED: 1,
  SUCCEEDED: 2,
  REFUNDED: 3,
};

const FROM_PROVIDER: Record<ProviderStatus, PaymentStatus> = {
  pending: 'PENDING',
  failed: 'FAILED',
  cancelled: 'CANCELLED',
  succeeded: 'SUCCEEDED',
  refunded: 'REFUNDED',
};

/**
 * What happened to a payment. PaymentSucceeded tells the orders to mark the order PAID;
 * RefundRequested and CancelRequested are the payment context's own work for the provider,
 * done by its handler after the commit (so a crash between never loses it).
 */
export type PaymentEventType =
  'PaymentSucceeded' | 'PaymentFailed' | 'PaymentRefunded' | 'RefundRequested' | 'CancelRequested';

export interface PaymentSnapshot {
  paymentId: string;
  orderId: number;
  userId: number;
  method: PaymentMethod;
  amountCents: number;
  currency: string;
  status: PaymentStatus;
  providerPaymentId: string;
  checkoutUrl: string;
  /** False once its order was cancelled or closed: money that arrives then goes back. */
  orderOpen: boolean;
  /** Bumped by every save: the repository's optimistic guard. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type NewPayment = Omit<
  PaymentSnapshot,
  'status' | 'orderOpen' | 'version' | 'createdAt' | 'updatedAt'
>;

/**
 * The payment aggregate: the one place that decides what a provider's report does to a payment
 * (checked against the amount, currency and order we asked for; applied only forward) and what
 * the end of its order does (cancel it at the provider, or refund it).
 */
export class Payment {
  private events: PaymentEventType[] = [];

  private constructor(private state: PaymentSnapshot) {}

  static start(draft: NewPayment, now = new Date()): Payment {
    return new Payment({
      ...draft,
      status: 'PENDING',
      orderOpen: true,
      version: 0,
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(snapshot: PaymentSnapshot): Payment {
    return new Payment({ ...snapshot });
  }

  get paymentId(): string {
    return this.state.paymentId;
  }
  get orderId(): number {
    return this.state.orderId;
  }
  get userId(): number {
    return this.state.userId;
  }
  get method(): PaymentMethod {
    return this.state.method;
  }
  get status(): PaymentStatus {
    return this.state.status;
  }
  get amountCents(): number {
    return this.state.amountCents;
  }
  get providerPaymentId(): string {
    return this.state.providerPaymentId;
  }
  get orderOpen(): boolean {
    return this.state.orderOpen;
  }
  get version(): number {
    return this.state.version;
  }
  /** A buyer may still pay it (POST /payments answers it again rather than open another). */
  get open(): boolean {
    return this.state.orderOpen && (this.status === 'PENDING' || this.status === 'FAILED');
  }

  snapshot(): PaymentSnapshot {
    return { ...this.state };
  }

  /**
   * Applies what the provider reports. Returns false when it changes nothing (a replay, or an
   * out-of-order report of an earlier state). @throws PaymentMismatchError when the report is
   * not about this payment as we asked for it (amount, currency, order, provider's id).
   */
  apply(report: ProviderReport, now = new Date()): boolean {
    this.checkMatches(report);
    const next = FROM_PROVIDER[report.status];
    if (RANK[next] <= RANK[this.status]) return false;
    this.move(next, now);
    if (next === 'SUCCEEDED') {
      this.events.push(this.state.orderOpen ? 'PaymentSucceeded' : 'RefundRequested');
    } else if (next === 'FAILED') {
      this.events.push('PaymentFailed');
    } else if (next === 'REFUNDED') {
      this.events.push('PaymentRefunded');
    }
    return true;
  }

  /**
   * Its order was cancelled or closed: an unpaid payment is cancelled at the provider, a paid one
   * refunded. Returns false when it knew already.
   */
  orderEnded(now = new Date()): boolean {
    if (!this.state.orderOpen) return false;
    this.state.orderOpen = false;
    this.state.updatedAt = now;
    if (this.status === 'SUCCEEDED') this.events.push('RefundRequested');
    if (this.status === 'PENDING' || this.status === 'FAILED') this.events.push('CancelRequested');
    return true;
  }

  /** The events recorded since the last call (the repository writes them to the outbox). */
  pullEvents(): PaymentEventType[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  markStored(version: number): void {
    this.state.version = version;
  }

  private checkMatches(report: ProviderReport): void {
    const s = this.state;
    const mismatch =
      report.paymentId !== s.paymentId
        ? 'payment'
        : report.providerPaymentId !== s.providerPaymentId
          ? 'provider payment id'
          : report.orderId !== s.orderId
            ? 'order'
            : report.amountCents !== s.amountCents
              ? 'amount'
              : report.currency !== s.currency
                ? 'currency'
                : null;
    if (mismatch) throw new PaymentMismatchError(s.paymentId, mismatch);
  }

  private move(to: PaymentStatus, now: Date): void {
    this.state.status = to;
    this.state.updatedAt = now;
  }
}

export class PaymentNotFoundError extends NotFoundError {
  constructor(what: string) {
    super(`payment ${what} not found`);
  }
}

/** A provider's report that does not describe the payment we asked for: nothing changes. */
export class PaymentMismatchError extends UnprocessableError {
  constructor(paymentId: string, field: string) {
    super(`the provider's report for payment ${paymentId} does not match its ${field}`);
  }
}

export class OrderNotPayableError extends ConflictError {
  constructor(orderId: number, status: string) {
    super(`order ${orderId} is ${status} and cannot be paid`);
  }
}

/** Another request stored a payment with the same id first (the id is the provider's key). */
export class PaymentAlreadyStoredError extends ConflictError {
  constructor(readonly paymentId: string) {
    super(`payment ${paymentId} is already stored`);
  }
}

/** A save found the payment changed since it was read. */
export class PaymentChangedConcurrentlyError extends ConflictError {
  constructor(paymentId: string) {
    super(`payment ${paymentId} was changed by another request; try again`);
  }
}
