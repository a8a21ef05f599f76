import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PAYMENT_CANCEL_REQUESTED,
  PAYMENT_FAILED,
  PAYMENT_REFUNDED,
  PAYMENT_REFUND_REQUESTED,
  PAYMENT_SUCCEEDED,
  type PaymentEventPayload,
} from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import { Between, In, type DataSource, type EntityManager } from 'typeorm';
import { PaymentRepository } from '../application/payment.repository.js';
import {
  Payment,
  PaymentAlreadyStoredError,
  PaymentChangedConcurrentlyError,
  type PaymentEvent,
  type PaymentEventType,
  type PaymentRefund,
  type PaymentMethod,
  type PaymentStatus,
} from '../domain/payment.js';
import { PaymentEntity, PaymentRefundEntity } from './payment.entity.js';

const EVENT_TYPES: Record<PaymentEventType, string> = {
  PaymentSucceeded: PAYMENT_SUCCEEDED,
  PaymentFailed: PAYMENT_FAILED,
  PaymentRefunded: PAYMENT_REFUNDED,
  RefundRequested: PAYMENT_REFUND_REQUESTED,
  CancelRequested: PAYMENT_CANCEL_REQUESTED,
};

@Injectable()
export class TypeOrmPaymentRepository extends PaymentRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async add(payment: Payment): Promise<void> {
    try {
      await this.manager.insert(PaymentEntity, toRow(payment));
    } catch (error) {
      if (isUniqueViolation(error)) throw new PaymentAlreadyStoredError(payment.paymentId);
      throw error;
    }
    payment.markStored(payment.version);
    await this.writeRefunds(payment);
    await this.publish(payment);
  }

  async save(payment: Payment): Promise<void> {
    const row = toRow(payment);
    const version = payment.version + 1;
    const result = await this.manager.update(
      PaymentEntity,
      { paymentId: row.paymentId, version: payment.version },
      { status: row.status, orderOpen: row.orderOpen, updatedAtMs: row.updatedAtMs, version },
    );
    if ((result.affected ?? 0) !== 1) throw new PaymentChangedConcurrentlyError(row.paymentId);
    payment.markStored(version);
    await this.writeRefunds(payment);
    await this.publish(payment);
  }

  async findById(paymentId: string): Promise<Payment | null> {
    const row = await this.manager.findOneBy(PaymentEntity, { paymentId });
    return row ? (await this.withRefunds([row]))[0] : null;
  }

  async findByOrder(orderId: number): Promise<Payment[]> {
    const rows = await this.manager.find(PaymentEntity, {
      where: { orderId },
      order: { createdAtMs: 'DESC' },
    });
    return this.withRefunds(rows);
  }

  async createdBetween(from: Date, to: Date): Promise<Payment[]> {
    const rows = await this.manager.find(PaymentEntity, {
      where: { createdAtMs: Between(from.getTime(), to.getTime() - 1) },
      order: { createdAtMs: 'ASC' },
    });
    return this.withRefunds(rows);
  }

  /** The payments of `rows`, each with its refunds (the row of the payment guards them). */
  private async withRefunds(rows: PaymentEntity[]): Promise<Payment[]> {
    if (rows.length === 0) return [];
    const refunds = await this.manager.find(PaymentRefundEntity, {
      where: { paymentId: In(rows.map((r) => r.paymentId)) },
      order: { createdAtMs: 'ASC', refundId: 'ASC' },
    });
    return rows.map((row) =>
      toPayment(
        row,
        refunds.filter((r) => r.paymentId === row.paymentId),
      ),
    );
  }

  private async writeRefunds(payment: Payment): Promise<void> {
    const { added, changed } = payment.pullRefundWrites();
    if (added.length)
      await this.manager.insert(
        PaymentRefundEntity,
        added.map((r) => toRefundRow(payment.paymentId, r)),
      );
    for (const r of changed)
      await this.manager.update(
        PaymentRefundEntity,
        { refundId: r.refundId },
        {
          status: r.status,
          providerRefundId: r.providerRefundId,
          updatedAtMs: r.updatedAt.getTime(),
        },
      );
  }

  private async publish(payment: Payment): Promise<void> {
    const payload = (event: PaymentEvent): PaymentEventPayload => ({
      payment_id: payment.paymentId,
      order_id: payment.orderId,
      user_id: payment.userId,
      method: payment.method,
      amount_cents: payment.amountCents,
      currency: payment.snapshot().currency,
      ...(event.refund
        ? {
            refund_id: event.refund.refundId,
            refund_cents: event.refund.amountCents,
            request_id: event.refund.requestId,
          }
        : {}),
    });
    await this.outbox.append(
      payment.pullEvents().map((e) => newEvent(EVENT_TYPES[e.type], payload(e))),
    );
  }
}

function toRefundRow(paymentId: string, r: PaymentRefund): PaymentRefundEntity {
  return {
    refundId: r.refundId,
    paymentId,
    requestId: r.requestId,
    amountCents: r.amountCents,
    status: r.status,
    providerRefundId: r.providerRefundId,
    createdAtMs: r.createdAt.getTime(),
    updatedAtMs: r.updatedAt.getTime(),
  };
}

function toRow(payment: Payment): PaymentEntity {
  const p = payment.snapshot();
  return {
    paymentId: p.paymentId,
    orderId: p.orderId,
    userId: p.userId,
    method: p.method,
    amountCents: p.amountCents,
    currency: p.currency,
    status: p.status,
    providerPaymentId: p.providerPaymentId,
    checkoutUrl: p.checkoutUrl,
    orderOpen: p.orderOpen,
    version: p.version,
    createdAtMs: p.createdAt.getTime(),
    updatedAtMs: p.updatedAt.getTime(),
  };
}

function toPayment(row: PaymentEntity, refunds: PaymentRefundEntity[]): Payment {
  return Payment.restore({
    paymentId: row.paymentId,
    orderId: row.orderId,
    userId: row.userId,
    method: row.method as PaymentMethod,
    amountCents: row.amountCents,
    currency: row.currency,
    status: row.status as PaymentStatus,
    providerPaymentId: row.providerPaymentId,
    checkoutUrl: row.checkoutUrl,
    orderOpen: Boolean(row.orderOpen),
    version: row.version,
    refunds: refunds.map((r) => ({
      refundId: r.refundId,
      requestId: r.requestId === null ? null : Number(r.requestId),
      amountCents: Number(r.amountCents),
      status: r.status as PaymentRefund['status'],
      providerRefundId: r.providerRefundId,
      createdAt: new Date(Number(r.createdAtMs)),
      updatedAt: new Date(Number(r.updatedAtMs)),
    })),
    createdAt: new Date(Number(row.createdAtMs)),
    updatedAt: new Date(Number(row.updatedAtMs)),
  });
}
