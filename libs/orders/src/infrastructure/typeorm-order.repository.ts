import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, runInTransaction } from '@nestmall/platform';
import { withBarrier } from '@nestmall/transactions';
import {
  ORDER_CANCELLED,
  ORDER_PAID,
  ORDER_PLACED,
  ORDER_REQUESTED,
  type OrderEventPayload,
  type OrderRequestedPayload,
} from '@nestmall/contracts';
import { appendToOutbox, newEvent } from '@nestmall/messaging';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  OrderRepository,
  type OrderDraft,
  type PendingOrder,
} from '../application/order.repository.js';
import {
  CANCELLABLE_STATUSES,
  DuplicateIdempotencyKeyError,
  OrderAlreadyCancelledError,
  OrderNotCancellableError,
  OrderNotFoundError,
  OrderNotPayableError,
  type Order,
  type OrderConsistency,
  type OrderStatus,
} from '../domain/order.js';
import { ORDERS_BARRIER_TABLE } from './migrations/1764090000000-create-orders.js';
import { OrderEntity, OrderItemEntity } from './order.entities.js';

const BRANCH = 'orders';

@Injectable()
export class TypeOrmOrderRepository extends OrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async createPending(draft: OrderDraft): Promise<void> {
    await this.insertOrder(draft, (m, write) =>
      withBarrier(m, ORDERS_BARRIER_TABLE, draft.gid, BRANCH, 'try', async () => {
        await write();
      }),
    );
  }

  async createRequested(draft: OrderDraft): Promise<void> {
    await this.insertOrder(draft, async (m, write) => {
      const orderId = await write();
      const payload: OrderRequestedPayload = {
        gid: draft.gid,
        order_id: orderId,
        items: [...draft.items]
          .sort((a, b) => (a.skuId < b.skuId ? -1 : 1))
          .map((i) => ({ sku_id: i.skuId, quantity: i.quantity })),
      };
      await appendToOutbox(m, newEvent(ORDER_REQUESTED, payload));
    });
  }

  /** The order PENDING with its items, in one local transaction that `wrap` may extend. */
  private async insertOrder(
    draft: OrderDraft,
    wrap: (m: EntityManager, write: () => Promise<number>) => Promise<unknown>,
  ): Promise<void> {
    const consistency = draft.consistency;
    try {
      await runInTransaction(this.dataSource, (m) =>
        wrap(m, async () => {
          const now = new Date();
          const result = await m.insert(OrderEntity, {
            gid: draft.gid,
            userId: draft.userId,
            status: 'PENDING',
            consistency,
            subtotalCents: draft.subtotalCents,
            shippingCents: draft.shippingCents,
            totalCents: draft.totalCents,
            idempotencyKey: draft.idempotencyKey,
            failureReason: null,
            createdAt: now,
            updatedAt: now,
          });
          const orderId = Number(result.identifiers[0].orderId);
          await m.insert(
            OrderItemEntity,
            draft.items.map((i) => ({ orderId, ...i })),
          );
          return orderId;
        }),
      );
    } catch (error) {
      if (draft.idempotencyKey && isUniqueViolation(error))
        throw new DuplicateIdempotencyKeyError(draft.idempotencyKey);
      throw error;
    }
  }

  async markCreated(gid: string): Promise<void> {
    await this.setStatus(gid, 'confirm', 'PENDING', 'CREATED', ORDER_PLACED);
  }

  async markFailed(gid: string): Promise<void> {
    await this.setStatus(gid, 'cancel', 'PENDING', 'FAILED');
  }

  async setFailureReason(gid: string, reason: string): Promise<void> {
    await this.dataSource.manager.update(
      OrderEntity,
      { gid },
      { failureReason: reason.slice(0, 255) },
    );
  }

  async cancelPlaced(gid: string, orderId: number): Promise<void> {
    await runInTransaction(this.dataSource, (m) =>
      withBarrier(m, ORDERS_BARRIER_TABLE, gid, BRANCH, 'try', async () => {
        // Guarded on the status just read (was_paid depends on it). A concurrent pay moves
        // CREATED to PAID, which is still cancellable: read again and retry, rather than answer
        // "PAID can no longer be cancelled", which README says it can.
        for (let attempt = 1; ; attempt++) {
          const order = await m.findOneBy(OrderEntity, { orderId });
          if (!order) throw new OrderNotFoundError(orderId);
          const status = order.status as OrderStatus;
          if (status === 'CANCELLED') throw new OrderAlreadyCancelledError(orderId);
          if (!CANCELLABLE_STATUSES.includes(status) || attempt > 3)
            throw new OrderNotCancellableError(orderId, status);
          const result = await m.update(
            OrderEntity,
            { orderId, status },
            { status: 'CANCELLED', updatedAt: new Date() },
          );
          if ((result.affected ?? 0) !== 1) continue;
          const wasPaid = status === 'PAID';
          return appendOrderEvent(m, ORDER_CANCELLED, { orderId }, { was_paid: wasPaid });
        }
      }),
    );
  }

  async markPaid(orderId: number): Promise<void> {
    await runInTransaction(this.dataSource, async (m) => {
      const result = await m.update(
        OrderEntity,
        { orderId, status: 'CREATED' },
        { status: 'PAID', updatedAt: new Date() },
      );
      if ((result.affected ?? 0) === 1) return appendOrderEvent(m, ORDER_PAID, { orderId });
      const order = await m.findOneBy(OrderEntity, { orderId });
      if (!order) throw new OrderNotFoundError(orderId);
      throw new OrderNotPayableError(orderId, order.status as OrderStatus);
    });
  }

  async recordCancelOfCancel(gid: string): Promise<void> {
    await runInTransaction(this.dataSource, (m) =>
      withBarrier(m, ORDERS_BARRIER_TABLE, gid, BRANCH, 'cancel', async () => undefined),
    );
  }

  async findById(orderId: number): Promise<Order | null> {
    return this.load(await this.dataSource.manager.findOneBy(OrderEntity, { orderId }));
  }

  async findByGid(gid: string): Promise<Order | null> {
    return this.load(await this.dataSource.manager.findOneBy(OrderEntity, { gid }));
  }

  async findByIdempotencyKey(userId: number, key: string): Promise<Order | null> {
    return this.load(
      await this.dataSource.manager.findOneBy(OrderEntity, { userId, idempotencyKey: key }),
    );
  }

  async listByUser(
    userId: number,
    offset: number,
    limit: number,
  ): Promise<{ orders: Order[]; total: number }> {
    const [rows, total] = await this.dataSource.manager.findAndCount(OrderEntity, {
      where: { userId },
      order: { orderId: 'DESC' },
      skip: offset,
      take: limit,
    });
    const items = rows.length
      ? await this.dataSource.manager.findBy(OrderItemEntity, {
          orderId: In(rows.map((r) => r.orderId)),
        })
      : [];
    return {
      orders: rows.map((r) =>
        toOrder(
          r,
          items.filter((i) => i.orderId === r.orderId),
        ),
      ),
      total,
    };
  }

  async quantitiesBySku(statuses: readonly OrderStatus[]): Promise<Map<string, number>> {
    const rows: { sku_id: string; units: number | string }[] = await this.dataSource.manager
      .createQueryBuilder(OrderItemEntity, 'i')
      .innerJoin(OrderEntity, 'o', 'o.order_id = i.order_id')
      .select('i.sku_id', 'sku_id')
      .addSelect('SUM(i.quantity)', 'units')
      .where('o.status IN (:...statuses)', { statuses })
      .groupBy('i.sku_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.sku_id, Number(r.units)]));
  }

  async pendingGids(limit: number): Promise<PendingOrder[]> {
    const rows = await this.dataSource.manager.find(OrderEntity, {
      where: { status: 'PENDING' },
      select: { orderId: true, gid: true, consistency: true, createdAt: true },
      order: { orderId: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({
      orderId: r.orderId,
      gid: r.gid,
      consistency: r.consistency as OrderConsistency,
      createdAt: r.createdAt,
    }));
  }

  private async setStatus(
    gid: string,
    op: 'confirm' | 'cancel',
    from: OrderStatus,
    to: OrderStatus,
    event?: string,
  ): Promise<void> {
    await runInTransaction(this.dataSource, (m) =>
      withBarrier(m, ORDERS_BARRIER_TABLE, gid, BRANCH, op, async () => {
        const result = await m.update(
          OrderEntity,
          { gid, status: from },
          { status: to, updatedAt: new Date() },
        );
        if (event && (result.affected ?? 0) === 1) await appendOrderEvent(m, event, { gid });
      }),
    );
  }

  private async load(row: OrderEntity | null): Promise<Order | null> {
    if (!row) return null;
    const items = await this.dataSource.manager.find(OrderItemEntity, {
      where: { orderId: row.orderId },
      order: { skuId: 'ASC' },
    });
    return toOrder(row, items);
  }
}

function toOrder(row: OrderEntity, items: OrderItemEntity[]): Order {
  return {
    orderId: row.orderId,
    gid: row.gid,
    userId: row.userId,
    status: row.status as OrderStatus,
    consistency: row.consistency as OrderConsistency,
    items: items.map((i) => ({
      skuId: i.skuId,
      title: i.title,
      quantity: i.quantity,
      unitPriceCents: i.unitPriceCents,
      lineTotalCents: i.lineTotalCents,
    })),
    subtotalCents: row.subtotalCents,
    shippingCents: row.shippingCents,
    totalCents: row.totalCents,
    failureReason: row.failureReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The order's integration event, into the outbox of the caller's local transaction. */
export async function appendOrderEvent(
  m: EntityManager,
  type: string,
  where: { gid: string } | { orderId: number },
  extra: Partial<OrderEventPayload> = {},
): Promise<void> {
  const order = (await m.findOneBy(OrderEntity, where))!;
  const items = await m.find(OrderItemEntity, {
    where: { orderId: order.orderId },
    order: { skuId: 'ASC' },
  });
  const payload: OrderEventPayload = {
    order_id: order.orderId,
    gid: order.gid,
    user_id: order.userId,
    total_cents: order.totalCents,
    items: items.map((i) => ({ sku_id: i.skuId, quantity: i.quantity })),
    ...extra,
  };
  await appendToOutbox(m, newEvent(type, payload));
}
