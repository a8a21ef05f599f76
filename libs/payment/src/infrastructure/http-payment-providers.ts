import { DomainError, InvalidArgumentError } from '@nestmall/platform';
import {
  PaymentProvider,
  type Checkout,
  type CheckoutRequest,
  type ProviderRecord,
} from '../application/payment-provider.js';
import type {
  PaymentMethod,
  ProviderRefund,
  ProviderReport,
  ProviderStatus,
} from '../domain/payment.js';
import { InvalidSignatureError, signatureMatches } from '../domain/webhook-signature.js';

export interface ProviderSettings {
  /** The provider's API (the sandbox's address in development and tests). */
  url: string;
  /** The secret it signs notifications with. */
  webhookSecret: string;
  timeoutMs: number;
}

/** The provider could not be reached or refused a request we believe valid: 503, retry later. */
export class ProviderUnavailableError extends DomainError {
  constructor(method: string, why: string) {
    super('UNAVAILABLE', `the ${method} payment provider is unavailable: ${why}`);
  }
}

/**
 * What both adapters share: JSON over HTTP to the provider's merchant API (create, query,
 * refund, cancel, list). Each subclass maps the provider's format and verifies its signature.
 */
abstract class HttpPaymentProvider extends PaymentProvider {
  constructor(protected readonly settings: ProviderSettings) {
    super();
  }

  async createCheckout(request: CheckoutRequest): Promise<Checkout> {
    const record = await this.call('POST', '/v1/payments', this.checkoutBody(request));
    const mapped = this.toRecord(record);
    return { providerPaymentId: mapped.providerPaymentId, checkoutUrl: this.checkoutUrlOf(record) };
  }

  async query(providerPaymentId: string): Promise<ProviderRecord> {
    return this.toRecord(
      await this.call('GET', `/v1/payments/${encodeURIComponent(providerPaymentId)}`),
    );
  }

  async refund(providerPaymentId: string, amountCents: number, refundId: string): Promise<void> {
    await this.call(
      'POST',
      `/v1/payments/${encodeURIComponent(providerPaymentId)}/refund`,
      this.refundBody(amountCents, refundId),
    );
  }

  async cancel(providerPaymentId: string): Promise<void> {
    await this.call('POST', `/v1/payments/${encodeURIComponent(providerPaymentId)}/cancel`);
  }

  async list(from: Date, to: Date): Promise<ProviderRecord[]> {
    const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
    const answer = (await this.call('GET', `/v1/payments?${query.toString()}`)) as {
      data?: unknown[];
    };
    return (answer.data ?? []).map((r) => this.toRecord(r));
  }

  protected abstract checkoutBody(request: CheckoutRequest): object;
  protected abstract refundBody(amountCents: number, refundId: string): object;
  protected abstract checkoutUrlOf(record: unknown): string;
  protected abstract toRecord(record: unknown): ProviderRecord;

  private async call(method: 'GET' | 'POST', path: string, body?: object): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.settings.url}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw new ProviderUnavailableError(this.method, (error as Error).message);
    }
    const text = await res.text();
    if (!res.ok)
      throw new ProviderUnavailableError(this.method, `${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as unknown;
  }
}

/** Reads a field of a provider's JSON object, refusing anything else than the expected type. */
function field<T extends 'string' | 'number'>(
  record: unknown,
  name: string,
  type: T,
): T extends 'string' ? string : number {
  const value = (record as Record<string, unknown> | null)?.[name];
  if (typeof value !== type)
    throw new InvalidArgumentError(`provider field ${name} is not a ${type}`);
  return value as T extends 'string' ? string : number;
}

/**
 * A card-style provider (the shape of Stripe's API): amounts in integer cents, statuses by
 * name, and a `Sandbox-Signature: t=<unix>,v1=<hex>` header: the HMAC-SHA256 of `<t>.<raw
 * body>`, refused when older than the tolerance (a captured notification cannot be replayed
 * later with a fresh look).
 */
export class CardPaymentProvider extends HttpPaymentProvider {
  readonly method: PaymentMethod = 'card';
  static readonly TOLERANCE_S = 300;

  protected checkoutBody(r: CheckoutRequest): object {
    return {
      merchant_reference: r.paymentId,
      order_id: r.orderId,
      amount: r.amountCents,
      currency: r.currency,
      notify_url: r.notifyUrl,
    };
  }

  protected refundBody(amountCents: number, refundId: string): object {
    return { amount: amountCents, merchant_refund_id: refundId };
  }

  protected checkoutUrlOf(record: unknown): string {
    return field(record, 'checkout_url', 'string');
  }

  protected toRecord(record: unknown): ProviderRecord {
    const status = field(record, 'status', 'string');
    if (!CARD_STATUSES.includes(status as ProviderStatus))
      throw new InvalidArgumentError(`unknown card payment status ${status}`);
    return {
      providerPaymentId: field(record, 'id', 'string'),
      paymentId: field(record, 'merchant_reference', 'string'),
      orderId: field(record, 'order_id', 'number'),
      amountCents: field(record, 'amount', 'number'),
      currency: field(record, 'currency', 'string'),
      status: status as ProviderStatus,
      refunds: cardRefunds(record),
      createdAt: new Date(field(record, 'created', 'number') * 1000),
    };
  }

  verifyNotification(rawBody: string, headers: Record<string, string>): ProviderReport {
    const header = headers['sandbox-signature'] ?? '';
    const parts = Object.fromEntries(
      header.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );
    const t = Number(parts.t);
    if (!signatureMatches(this.settings.webhookSecret, `${parts.t}.${rawBody}`, parts.v1, 'hex'))
      throw new InvalidSignatureError('card', 'bad signature');
    if (!Number.isFinite(t) || Math.abs(Date.now() / 1000 - t) > CardPaymentProvider.TOLERANCE_S)
      throw new InvalidSignatureError('card', 'signature timestamp outside the tolerance');
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      throw new InvalidArgumentError('notification body is not JSON');
    }
    const { createdAt: _createdAt, ...report } = this.toRecord(
      (body as { data?: unknown } | null)?.data,
    );
    return report;
  }
}

/** A card record's `refunds` ([{id, merchant_refund_id, amount, status}]), the succeeded ones. */
function cardRefunds(record: unknown): ProviderRefund[] {
  const list = (record as { refunds?: unknown } | null)?.refunds ?? [];
  if (!Array.isArray(list)) throw new InvalidArgumentError('provider field refunds is not a list');
  return list
    .filter((r) => field(r, 'status', 'string') === 'succeeded')
    .map((r) => ({
      refundId: field(r, 'merchant_refund_id', 'string'),
      providerRefundId: field(r, 'id', 'string'),
      amountCents: field(r, 'amount', 'number'),
    }));
}

/**
 * A wallet record's `refund_details`: a JSON string (so the notification's signature, over
 * `key=value` pairs, covers it) of [{out_request_no, refund_no, refund_amount}], done refunds.
 */
function walletRefunds(record: unknown): ProviderRefund[] {
  const details = (record as { refund_details?: unknown } | null)?.refund_details;
  if (details === undefined) return [];
  if (typeof details !== 'string')
    throw new InvalidArgumentError('wallet refund_details is not a string');
  let list: unknown;
  try {
    list = JSON.parse(details);
  } catch {
    throw new InvalidArgumentError('wallet refund_details is not JSON');
  }
  if (!Array.isArray(list)) throw new InvalidArgumentError('wallet refund_details is not a list');
  return list.map((r) => ({
    refundId: field(r, 'out_request_no', 'string'),
    providerRefundId: field(r, 'refund_no', 'string'),
    amountCents: centsOf(field(r, 'refund_amount', 'string')),
  }));
}

/** "29.90" -> 2990, exactly; anything but yuan with two decimals is refused. */
function centsOf(yuan: string): number {
  if (!/^\d{1,12}\.\d{2}$/.test(yuan))
    throw new InvalidArgumentError(`wallet amount ${yuan} is not yuan with two decimals`);
  return Number(yuan.replace('.', ''));
}

function yuanOf(cents: number): string {
  return (cents / 100).toFixed(2);
}

const CARD_STATUSES: readonly ProviderStatus[] = [
  'pending',
  'succeeded',
  'failed',
  'cancelled',
  'refunded',
];

const WALLET_STATUSES: Readonly<Record<string, ProviderStatus>> = {
  WAIT_BUYER_PAY: 'pending',
  TRADE_SUCCESS: 'succeeded',
  TRADE_FAILED: 'failed',
  TRADE_CLOSED: 'cancelled',
  TRADE_REFUNDED: 'refunded',
};

/**
 * A wallet-style provider (the shape of Alipay's notifications): amounts as yuan strings
 * ("12.34"), trade statuses, and the signature in the body: `sign` is the base64 HMAC-SHA256 of
 * every other field but `sign_type`, as `key=value` sorted by key and joined with `&`.
 */
export class WalletPaymentProvider extends HttpPaymentProvider {
  readonly method: PaymentMethod = 'wallet';

  protected checkoutBody(r: CheckoutRequest): object {
    return {
      out_trade_no: r.paymentId,
      order_id: String(r.orderId),
      total_amount: yuanOf(r.amountCents),
      currency: r.currency,
      notify_url: r.notifyUrl,
    };
  }

  protected refundBody(amountCents: number, refundId: string): object {
    return { refund_amount: yuanOf(amountCents), out_request_no: refundId };
  }

  protected checkoutUrlOf(record: unknown): string {
    return field(record, 'pay_url', 'string');
  }

  protected toRecord(record: unknown): ProviderRecord {
    const tradeStatus = field(record, 'trade_status', 'string');
    const status = WALLET_STATUSES[tradeStatus];
    if (!status) throw new InvalidArgumentError(`unknown wallet trade status ${tradeStatus}`);
    const orderId = field(record, 'order_id', 'string');
    return {
      providerPaymentId: field(record, 'trade_no', 'string'),
      paymentId: field(record, 'out_trade_no', 'string'),
      orderId: /^\d{1,15}$/.test(orderId) ? Number(orderId) : NaN,
      amountCents: centsOf(field(record, 'total_amount', 'string')),
      currency: field(record, 'currency', 'string'),
      status,
      refunds: walletRefunds(record),
      createdAt: new Date(field(record, 'gmt_create', 'string')),
    };
  }

  verifyNotification(rawBody: string): ProviderReport {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(rawBody) as Record<string, unknown>;
    } catch {
      throw new InvalidArgumentError('notification body is not JSON');
    }
    if (typeof body !== 'object' || body === null)
      throw new InvalidArgumentError('notification body is not an object');
    const canonical = Object.keys(body)
      .filter((k) => k !== 'sign' && k !== 'sign_type')
      .sort()
      .map((k) => `${k}=${String(body[k])}`)
      .join('&');
    const sign = typeof body.sign === 'string' ? body.sign : undefined;
    if (!signatureMatches(this.settings.webhookSecret, canonical, sign, 'base64'))
      throw new InvalidSignatureError('wallet', 'bad signature');
    const { createdAt: _createdAt, ...report } = this.toRecord(body);
    return report;
  }
}
