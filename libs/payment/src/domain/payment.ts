import { ConflictError, NotFoundError, UnprocessableError } from '@nestmall/ports/platform';

/** How the buyer pays: a card-style provider or a wallet-style provider (one port, two adapters). */
export const PAYMENT_METHODS = ['card', 'wallet'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * PENDING (checkout open at the provider) -> SUCCEEDED (the provider's confirmation checked out)
 * -> REFUNDED (all of its money is back); PENDING -> FAILED (declined; the buyer may still pay on
 * the same checkout) or CANCELLED (its order ended unpaid). A payment part of whose money went
 * back (partial after-sales refunds) stays SUCCEEDED: its refunds say how much.
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
  /** The refunds of the payment it reports, done (none given: none reported). */
  refunds?: ProviderRefund[];
}

/** One refund of a payment done at the provider: our refund id, its own, the amount. */
export interface ProviderRefund {
  refundId: string;
  providerRefundId: string;
  amountCents: number;
}

/**
 * Some of a payment's money going back: REQUESTED (asked of the provider by the provider work
 * handler) -> SUCCEEDED (the provider reports it done). Our refund id is the provider's
 * idempotency key: asking again never refunds twice.
 */
export interface PaymentRefund {
  refundId: string;
  /** The after-sales request it is for (null: its order was cancelled or closed paid). */
  requestId: number | null;
  amountCents: number;
  status: 'REQUESTED' | 'SUCCEEDED';
  providerRefundId: string | null;
  createdAt: Date;
  updatedAt: Date;
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

/** An event and, for RefundRequested and PaymentRefunded, the refund it is about. */
export interface PaymentEvent {
  type: PaymentEventType;
  refund?: PaymentRefund;
}

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
  /** Its refunds, oldest first (none: none asked for). */
  refunds?: PaymentRefund[];
  createdAt: Date;
  updatedAt: Date;
}

export type NewPayment = Omit<
  PaymentSnapshot,
  'status' | 'orderOpen' | 'version' | 'createdAt' | 'updatedAt' | 'refunds'
>;

/**
 * The payment aggregate: the one place that decides what a provider's report does to a payment
 * (checked against the amount, currency and order we asked for; applied only forward) and what
 * the end of its order does (cancel it at the provider, or refund it).
 */
export class Payment {
  private events: PaymentEvent[] = [];
  private refunds: PaymentRefund[];
  /** Refund ids added or changed since the last save (the repository writes those). */
  private added = new Set<string>();
  private changed = new Set<string>();

  private constructor(private state: PaymentSnapshot) {
    this.refunds = (state.refunds ?? []).map((r) => ({ ...r }));
  }

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

  /** What its succeeded and requested refunds take of its amount: what may not go back again. */
  get refundedCents(): number {
    return this.refunds.reduce((sum, r) => sum + r.amountCents, 0);
  }

  snapshot(): PaymentSnapshot {
    return { ...this.state, refunds: this.refunds.map((r) => ({ ...r })) };
  }

  /**
   * An approved after-sales request wants `amountCents` of this payment back: a refund for it,
   * asked of the provider after the commit (RefundRequested). Returns false when the request has
   * its refund already (a repeated event). @throws PaymentNotRefundableError unless the payment
   * SUCCEEDED and has that much left (what its other refunds have not taken)
   */
  requestRefund(requestId: number, amountCents: number, now = new Date()): boolean {
    if (this.refunds.some((r) => r.requestId === requestId)) return false;
    if (this.status !== 'SUCCEEDED')
      throw new PaymentNotRefundableError(this.paymentId, `it is ${this.status}`);
    const left = this.amountCents - this.refundedCents;
    if (!Number.isSafeInteger(amountCents) || amountCents < 1 || amountCents > left)
      throw new PaymentNotRefundableError(
        this.paymentId,
        `${amountCents} cents asked, ${left} left of ${this.amountCents}`,
      );
    this.addRefund(`${this.paymentId}-r${requestId}`, requestId, amountCents, now);
    return true;
  }

  /**
   * Applies what the provider reports. Returns false when it changes nothing (a replay, or an
   * out-of-order report of an earlier state). @throws PaymentMismatchError when the report is
   * not about this payment as we asked for it (amount, currency, order, provider's id).
   */
  apply(report: ProviderReport, now = new Date()): boolean {
    this.checkMatches(report);
    const refunded = this.applyRefunds(report.refunds ?? [], now);
    const next = FROM_PROVIDER[report.status];
    if (RANK[next] <= RANK[this.status]) return refunded;
    this.move(next, now);
    if (next === 'SUCCEEDED') {
      if (this.state.orderOpen) this.events.push({ type: 'PaymentSucceeded' });
      else this.refundTheRest(now);
    } else if (next === 'FAILED') {
      this.events.push({ type: 'PaymentFailed' });
    } else if (next === 'REFUNDED') {
      this.allRefunded(now);
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
    if (this.status === 'SUCCEEDED') this.refundTheRest(now);
    if (this.status === 'PENDING' || this.status === 'FAILED')
      this.events.push({ type: 'CancelRequested' });
    return true;
  }

  /** The events recorded since the last call (the repository writes them to the outbox). */
  pullEvents(): PaymentEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** The refunds added and changed since the last call (the repository writes them). */
  pullRefundWrites(): { added: PaymentRefund[]; changed: PaymentRefund[] } {
    const of = (ids: Set<string>) =>
      this.refunds.filter((r) => ids.has(r.refundId)).map((r) => ({ ...r }));
    const writes = { added: of(this.added), changed: of(this.changed) };
    this.added = new Set();
    this.changed = new Set();
    return writes;
  }

  /** Its order ended paid, or money arrived after: what no refund has taken yet goes back. */
  private refundTheRest(now: Date): void {
    const left = this.amountCents - this.refundedCents;
    if (left > 0) this.addRefund(`${this.paymentId}-rest`, null, left, now);
  }

  private addRefund(refundId: string, requestId: number | null, amountCents: number, now: Date) {
    const refund: PaymentRefund = {
      refundId,
      requestId,
      amountCents,
      status: 'REQUESTED',
      providerRefundId: null,
      createdAt: now,
      updatedAt: now,
    };
    this.refunds.push(refund);
    this.added.add(refundId);
    this.state.updatedAt = now;
    this.events.push({ type: 'RefundRequested', refund: { ...refund } });
  }

  /** The provider reports these refunds done: each of ours still REQUESTED succeeds, once. */
  private applyRefunds(reported: readonly ProviderRefund[], now: Date): boolean {
    let changed = false;
    for (const done of reported) {
      const refund = this.refunds.find((r) => r.refundId === done.refundId);
      if (!refund || refund.status === 'SUCCEEDED') continue;
      if (done.amountCents !== refund.amountCents)
        throw new PaymentMismatchError(this.paymentId, `refund ${refund.refundId} amount`);
      this.refundSucceeded(refund, done.providerRefundId, now);
      changed = true;
    }
    return changed;
  }

  /**
   * All of its money is back (the provider says "refunded"): every refund still asked for is
   * done; a payment refunded with none asked for (the provider's own doing, or a "refunded"
   * before the "succeeded") records one PaymentRefunded for no request.
   */
  private allRefunded(now: Date): void {
    const open = this.refunds.filter((r) => r.status === 'REQUESTED');
    for (const refund of open) this.refundSucceeded(refund, null, now);
    if (this.refunds.length === 0) this.events.push({ type: 'PaymentRefunded' });
  }

  private refundSucceeded(refund: PaymentRefund, providerRefundId: string | null, now: Date) {
    refund.status = 'SUCCEEDED';
    refund.providerRefundId = providerRefundId;
    refund.updatedAt = now;
    this.state.updatedAt = now;
    if (!this.added.has(refund.refundId)) this.changed.add(refund.refundId);
    this.events.push({ type: 'PaymentRefunded', refund: { ...refund } });
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

/** A refund the payment cannot give: not paid, or more than it has left. */
export class PaymentNotRefundableError extends UnprocessableError {
  constructor(paymentId: string, why: string) {
    super(`payment ${paymentId} cannot refund that: ${why}`);
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
