import { Injectable } from '@nestjs/common';
import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { Payment, PaymentStatus, ProviderStatus } from '../domain/payment.js';
import { PaymentProviders, type ProviderRecord } from './payment-provider.js';
import { PaymentRepository } from './payment.repository.js';

export interface ReconciliationDifference {
  payment_id: string;
  method: string;
  /** missing_here | missing_at_provider | status | amount | refunded | currency | order */
  kind: string;
  ours: string | null;
  provider: string | null;
}

export interface ReconciliationReport {
  from: string;
  to: string;
  payments_checked: number;
  provider_records_checked: number;
  differences: ReconciliationDifference[];
}

const OUR_STATUS: Record<ProviderStatus, PaymentStatus> = {
  pending: 'PENDING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  cancelled: 'CANCELLED',
  refunded: 'REFUNDED',
};

const MAX_PERIOD_MS = 31 * 24 * 3600_000;

/**
 * Our payments created in [from, to) against each provider's records of the same period: what
 * one side has and the other has not, and what they disagree on (status, amount, the money
 * refunded so far, currency, order). A status difference may be a notification still on its way; the same difference in a
 * later run is not.
 */
@Injectable()
export class ReconcilePayments {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly providers: PaymentProviders,
  ) {}

  async execute(from: Date, to: Date): Promise<ReconciliationReport> {
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to)
      throw new InvalidArgumentError('from and to must be ISO 8601 times, from before to');
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw new InvalidArgumentError('from..to may span 31 days at most');
    const ours = await this.payments.createdBetween(from, to);
    const records = (
      await Promise.all(
        this.providers.all().map(async (p) => ({ method: p.method, list: await p.list(from, to) })),
      )
    ).flatMap(({ method, list }) => list.map((record) => ({ method, record })));
    const differences: ReconciliationDifference[] = [];
    const byId = new Map(records.map((r) => [`${r.method}:${r.record.paymentId}`, r.record]));
    for (const payment of ours) {
      const record = byId.get(`${payment.method}:${payment.paymentId}`);
      byId.delete(`${payment.method}:${payment.paymentId}`);
      differences.push(...compare(payment, record));
    }
    for (const [key, record] of byId)
      differences.push({
        payment_id: record.paymentId,
        method: key.slice(0, key.indexOf(':')),
        kind: 'missing_here',
        ours: null,
        provider: `${record.status} ${record.amountCents} ${record.currency}`,
      });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      payments_checked: ours.length,
      provider_records_checked: records.length,
      differences,
    };
  }
}

function compare(payment: Payment, record: ProviderRecord | undefined): ReconciliationDifference[] {
  const p = payment.snapshot();
  const head = { payment_id: p.paymentId, method: p.method };
  if (!record) return [{ ...head, kind: 'missing_at_provider', ours: p.status, provider: null }];
  const pairs: [string, string, string][] = [
    ['status', p.status, OUR_STATUS[record.status]],
    ['amount', String(p.amountCents), String(record.amountCents)],
    [
      'refunded',
      String(
        (p.refunds ?? [])
          .filter((r) => r.status === 'SUCCEEDED')
          .reduce((sum, r) => sum + r.amountCents, 0),
      ),
      String((record.refunds ?? []).reduce((sum, r) => sum + r.amountCents, 0)),
    ],
    ['currency', p.currency, record.currency],
    ['order', String(p.orderId), String(record.orderId)],
  ];
  return pairs
    .filter(([, ours, theirs]) => ours !== theirs)
    .map(([kind, ours, provider]) => ({ ...head, kind, ours, provider }));
}
