import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AFTER_SALES_APPROVED,
  AFTER_SALES_REFUNDED,
  AFTER_SALES_REFUND_REQUESTED,
  AFTER_SALES_REJECTED,
  AFTER_SALES_REQUESTED,
  AFTER_SALES_RETURN_RECEIVED,
  type AfterSalesEventPayload,
  type EventLine,
} from '@nestmall/contracts';
import { newEvent, Outbox } from '@nestmall/messaging';
import { ambientManager } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { AfterSalesRepository } from '../application/after-sales.repository.js';
import {
  AfterSalesChangedConcurrentlyError,
  AfterSalesRequest,
  type AfterSalesEventType,
  type AfterSalesKind,
  type AfterSalesStatus,
} from '../domain/after-sales.js';
import type { RefundLine } from '../domain/refund-quote.js';
import { AfterSalesEntity } from './order.entities.js';

const EVENT_TYPES: Record<AfterSalesEventType, string> = {
  AfterSalesRequested: AFTER_SALES_REQUESTED,
  AfterSalesRejected: AFTER_SALES_REJECTED,
  AfterSalesApproved: AFTER_SALES_APPROVED,
  AfterSalesReturnReceived: AFTER_SALES_RETURN_RECEIVED,
  AfterSalesRefundRequested: AFTER_SALES_REFUND_REQUESTED,
  AfterSalesRefunded: AFTER_SALES_REFUNDED,
};

@Injectable()
export class TypeOrmAfterSalesRepository extends AfterSalesRepository {
  private readonly wholeSeconds: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
    this.wholeSeconds = dataSource.options.type === 'mysql';
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async add(request: AfterSalesRequest): Promise<void> {
    const { requestId: _id, lines, ...s } = request.snapshot();
    const createdAt = this.stored(s.createdAt);
    const updatedAt = this.stored(s.updatedAt);
    const result = await this.manager.insert(AfterSalesEntity, {
      ...s,
      lines: lines && JSON.stringify(toEventLines(lines)),
      createdAt,
      updatedAt,
    });
    request.markStored({
      requestId: Number(result.identifiers[0].requestId),
      createdAt,
      updatedAt,
    });
    await this.appendEvents(request);
  }

  async save(request: AfterSalesRequest): Promise<void> {
    const s = request.snapshot();
    if (request.storedStatus === null) throw new Error(`request ${s.requestId} was never added`);
    const updatedAt = this.stored(s.updatedAt);
    const result = await this.manager.update(
      AfterSalesEntity,
      { requestId: s.requestId, status: request.storedStatus },
      {
        status: s.status,
        decisionReason: s.decisionReason,
        decidedBy: s.decidedBy,
        updatedAt,
      },
    );
    if ((result.affected ?? 0) !== 1) throw new AfterSalesChangedConcurrentlyError(s.requestId);
    request.markStored({ requestId: s.requestId, createdAt: s.createdAt, updatedAt });
    await this.appendEvents(request);
  }

  async findById(requestId: number): Promise<AfterSalesRequest | null> {
    const row = await this.manager.findOneBy(AfterSalesEntity, { requestId });
    return row ? toRequest(row) : null;
  }

  async listByOrder(orderId: number): Promise<AfterSalesRequest[]> {
    const rows = await this.manager.find(AfterSalesEntity, {
      where: { orderId },
      order: { requestId: 'ASC' },
    });
    return rows.map(toRequest);
  }

  async list(
    status: AfterSalesStatus | null,
    offset: number,
    limit: number,
  ): Promise<{ requests: AfterSalesRequest[]; total: number }> {
    const [rows, total] = await this.manager.findAndCount(AfterSalesEntity, {
      where: status ? { status } : {},
      order: { requestId: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { requests: rows.map(toRequest), total };
  }

  private async appendEvents(request: AfterSalesRequest): Promise<void> {
    const s = request.snapshot();
    const payload: AfterSalesEventPayload = {
      request_id: s.requestId,
      order_id: s.orderId,
      user_id: s.userId,
      kind: s.kind,
      status: s.status,
      lines: s.lines && toEventLines(s.lines),
      refund_cents: s.refundCents,
      decision_reason: s.decisionReason,
    };
    await this.outbox.append(
      request.pullEvents().map((type) => newEvent(EVENT_TYPES[type], payload)),
    );
  }

  private stored(at: Date): Date {
    return this.wholeSeconds ? new Date(Math.floor(at.getTime() / 1000) * 1000) : at;
  }
}

function toEventLines(lines: readonly RefundLine[]): EventLine[] {
  return lines.map((l) => ({ sku_id: l.skuId, quantity: l.quantity }));
}

function toRequest(row: AfterSalesEntity): AfterSalesRequest {
  return AfterSalesRequest.restore({
    requestId: row.requestId,
    orderId: row.orderId,
    userId: row.userId,
    kind: row.kind as AfterSalesKind,
    status: row.status as AfterSalesStatus,
    reason: row.reason,
    lines: row.lines
      ? (JSON.parse(row.lines) as EventLine[]).map((l) => ({
          skuId: l.sku_id,
          quantity: l.quantity,
        }))
      : null,
    refundCents: Number(row.refundCents),
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}
