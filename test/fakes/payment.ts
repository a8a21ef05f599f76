import {
  PaymentProvider,
  PaymentProviders,
  type Checkout,
  type CheckoutRequest,
  type ProviderRecord,
} from '../../libs/payment/src/application/payment-provider.js';
import { PaymentRepository } from '../../libs/payment/src/application/payment.repository.js';
import {
  Payment,
  PaymentAlreadyStoredError,
  PaymentChangedConcurrentlyError,
  type PaymentEventType,
  type PaymentMethod,
  type ProviderReport,
} from '../../libs/payment/src/domain/payment.js';
import { InvalidSignatureError } from '../../libs/payment/src/domain/webhook-signature.js';

/** Payments in memory, with the optimistic version guard; `events` are what reached the outbox. */
export class InMemoryPayments extends PaymentRepository {
  private readonly rows = new Map<string, ReturnType<Payment['snapshot']>>();
  readonly events: {
    type: PaymentEventType;
    paymentId: string;
    refund?: { refundId: string; requestId: number | null; amountCents: number };
  }[] = [];

  async add(payment: Payment): Promise<void> {
    if (this.rows.has(payment.paymentId)) throw new PaymentAlreadyStoredError(payment.paymentId);
    this.rows.set(payment.paymentId, payment.snapshot());
    this.record(payment);
  }

  async save(payment: Payment): Promise<void> {
    const row = this.rows.get(payment.paymentId);
    if (!row || row.version !== payment.version)
      throw new PaymentChangedConcurrentlyError(payment.paymentId);
    payment.markStored(payment.version + 1);
    this.rows.set(payment.paymentId, payment.snapshot());
    this.record(payment);
  }

  async findById(paymentId: string): Promise<Payment | null> {
    const row = this.rows.get(paymentId);
    return row ? Payment.restore(row) : null;
  }

  async findByOrder(orderId: number): Promise<Payment[]> {
    return [...this.rows.values()]
      .filter((r) => r.orderId === orderId)
      .reverse()
      .map((r) => Payment.restore(r));
  }

  async createdBetween(from: Date, to: Date): Promise<Payment[]> {
    return [...this.rows.values()]
      .filter((r) => r.createdAt >= from && r.createdAt < to)
      .map((r) => Payment.restore(r));
  }

  private record(payment: Payment): void {
    payment.pullRefundWrites();
    for (const { type, refund } of payment.pullEvents())
      this.events.push({
        type,
        paymentId: payment.paymentId,
        ...(refund
          ? {
              refund: {
                refundId: refund.refundId,
                requestId: refund.requestId,
                amountCents: refund.amountCents,
              },
            }
          : {}),
      });
  }
}

/**
 * A provider in memory: checkouts by payment id (idempotent), records a spec may change, the
 * calls it got; a notification is "signed" when its headers carry `x-fake: ok`.
 */
export class FakePaymentProvider extends PaymentProvider {
  readonly records = new Map<string, ProviderRecord>();
  readonly calls: string[] = [];

  constructor(readonly method: PaymentMethod) {
    super();
  }

  async createCheckout(r: CheckoutRequest): Promise<Checkout> {
    this.calls.push(`create ${r.paymentId} ${r.amountCents} ${r.notifyUrl}`);
    const providerPaymentId = `${this.method}-${r.paymentId}`;
    if (!this.records.has(providerPaymentId))
      this.records.set(providerPaymentId, {
        providerPaymentId,
        paymentId: r.paymentId,
        orderId: r.orderId,
        amountCents: r.amountCents,
        currency: r.currency,
        status: 'pending',
        createdAt: new Date(),
      });
    return { providerPaymentId, checkoutUrl: `https://fake/${providerPaymentId}` };
  }

  async query(providerPaymentId: string): Promise<ProviderRecord> {
    const record = this.records.get(providerPaymentId)!;
    return { ...record, refunds: record.refunds?.map((x) => ({ ...x })) };
  }

  /** Refunds `amountCents` as `refundId` once; "refunded" once all of it is back. */
  async refund(providerPaymentId: string, amountCents: number, refundId: string): Promise<void> {
    this.calls.push(`refund ${providerPaymentId} ${amountCents} ${refundId}`);
    const r = this.records.get(providerPaymentId)!;
    const refunds = (r.refunds ??= []);
    if (r.status !== 'succeeded' || refunds.some((x) => x.refundId === refundId)) return;
    const left = r.amountCents - refunds.reduce((sum, x) => sum + x.amountCents, 0);
    if (amountCents > left) throw new Error(`refund of ${amountCents}: only ${left} left`);
    refunds.push({ refundId, providerRefundId: `re-${refundId}`, amountCents });
    if (amountCents === left) r.status = 'refunded';
  }

  async cancel(providerPaymentId: string): Promise<void> {
    this.calls.push(`cancel ${providerPaymentId}`);
    const r = this.records.get(providerPaymentId)!;
    if (r.status === 'pending' || r.status === 'failed') r.status = 'cancelled';
  }

  async list(from: Date, to: Date): Promise<ProviderRecord[]> {
    return [...this.records.values()].filter((r) => r.createdAt >= from && r.createdAt < to);
  }

  verifyNotification(rawBody: string, headers: Record<string, string>): ProviderReport {
    if (headers['x-fake'] !== 'ok') throw new InvalidSignatureError(this.method, 'bad signature');
    return JSON.parse(rawBody) as ProviderReport;
  }
}

export class FakePaymentProviders extends PaymentProviders {
  readonly card = new FakePaymentProvider('card');
  readonly wallet = new FakePaymentProvider('wallet');

  get(method: PaymentMethod): FakePaymentProvider {
    return method === 'card' ? this.card : this.wallet;
  }

  all(): readonly PaymentProvider[] {
    return [this.card, this.wallet];
  }
}
