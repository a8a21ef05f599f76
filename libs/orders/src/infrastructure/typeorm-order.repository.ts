import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ORDER_CANCELLED,
  ORDER_CLOSED,
  ORDER_PAID,
  ORDER_PLACED,
  ORDER_RECEIVED,
  ORDER_REFUNDED,
  ORDER_REQUESTED,
  ORDER_REJECTED,
  COUPON_USE_REQUESTED,
  type CouponUseRequestedPayload,
  ORDER_RETURNED,
  ORDER_SHIPPED,
  ORDER_STATUS_CHANGED,
  type OrderEventPayload,
  type OrderRequestedPayload,
  type OrderStatusChangedPayload,
} from '@nestmall/contracts';
import { newEvent, Outbox, type IntegrationEvent } from '@nestmall/messaging';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import { In, IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { OrderRepository, type PendingOrder } from '../application/order.repository.js';
import {
  DuplicateIdempotencyKeyError,
  Order,
  OrderChangedConcurrentlyError,
  type OrderConsistency,
  type OrderEvent,
  type PlacementAnswer,
  type OrderStatus,
  type Shipment,
  type ShipTo,
  type TimelineEntry,
} from '../domain/order.js';
import type { DiscountKind } from '../domain/pricing.js';
import {
  OrderAddressEntity,
  OrderDiscountEntity,
  OrderEntity,
  OrderItemEntity,
  OrderShipmentEntity,
  OrderTimelineEntity,
} from './order.entities.js';

@Injectable()
export class TypeOrmOrderRepository extends OrderRepository {
  /** MySQL's DATETIME keeps whole seconds; SQLite keeps what it is given. */
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

  async add(order: Order): Promise<void> {
    const o = order.snapshot();
    const createdAt = this.stored(o.createdAt);
    const updatedAt = this.stored(o.updatedAt);
    try {
      const result = await this.manager.insert(OrderEntity, {
        gid: o.gid,
        userId: o.userId,
        status: o.status,
        consistency: o.consistency,
        subtotalCents: o.subtotalCents,
        discountCents: o.discountCents,
        couponId: o.couponId,
        shippingCents: o.shippingCents,
        totalCents: o.totalCents,
        idempotencyKey: o.idempotencyKey,
        failureReason: o.failureReason,
        stockReturned: false,
        stockAnswer: null,
        couponAnswer: null,
        createdAt,
        updatedAt,
      });
      const orderId = Number(result.identifiers[0].orderId);
      await this.manager.insert(
        OrderItemEntity,
        o.items.map((i) => ({
          orderId,
          ...i,
          refundedQuantity: 0,
          returnedQuantity: 0,
          productId: i.productId ?? null,
          categoryId: i.categoryId ?? null,
        })),
      );
      if (o.shipTo) await this.manager.insert(OrderAddressEntity, { orderId, ...o.shipTo });
      if (o.discounts.length)
        await this.manager.insert(
          OrderDiscountEntity,
          o.discounts.map((d, seq) => ({ orderId, seq, ...d })),
        );
      order.markStored({ orderId, createdAt, updatedAt });
    } catch (error) {
      if (o.idempotencyKey && isUniqueViolation(error))
        throw new DuplicateIdempotencyKeyError(o.idempotencyKey);
      throw error;
    }
    // A new order has no timeline yet: its first entries are numbered from 1, unread.
    await this.appendTimeline(order, 0);
    await this.outbox.append(order.pullEvents().flatMap((e) => toIntegrationEvent(order, e)));
  }

  async save(order: Order): Promise<void> {
    const o = order.snapshot();
    if (order.storedStatus === null) throw new Error(`order ${o.gid} was never added`);
    const updatedAt = this.stored(o.updatedAt);
    const result = await this.manager.update(
      OrderEntity,
      // The answers too: two participants' answers saved at once must not overwrite each other.
      {
        orderId: o.orderId,
        status: order.storedStatus,
        stockAnswer: order.storedAnswers.stock ?? IsNull(),
        couponAnswer: order.storedAnswers.coupon ?? IsNull(),
      },
      {
        status: o.status,
        failureReason: o.failureReason,
        stockReturned: o.stockReturned ?? false,
        stockAnswer: o.stockAnswer ?? null,
        couponAnswer: o.couponAnswer ?? null,
        updatedAt,
      },
    );
    if ((result.affected ?? 0) !== 1) throw new OrderChangedConcurrentlyError(o.orderId);
    // The order's row is updated (locked) above: its lines' units change under that guard.
    if (order.unitsChanged)
      for (const item of o.items)
        await this.manager.update(
          OrderItemEntity,
          { orderId: o.orderId, skuId: item.skuId },
          {
            refundedQuantity: item.refundedQuantity ?? 0,
            returnedQuantity: item.returnedQuantity ?? 0,
          },
        );
    order.markStored({ orderId: o.orderId, createdAt: o.createdAt, updatedAt });
    if (o.shipment)
      await this.manager.save(OrderShipmentEntity, {
        orderId: o.orderId,
        ...o.shipment,
        shippedAt: this.stored(o.shipment.shippedAt),
        deliveredAt: o.shipment.deliveredAt && this.stored(o.shipment.deliveredAt),
      });
    await this.appendTimeline(order);
    await this.outbox.append(order.pullEvents().flatMap((e) => toIntegrationEvent(order, e)));
  }

  async timeline(orderId: number): Promise<TimelineEntry[]> {
    const rows = await this.manager.find(OrderTimelineEntity, {
      where: { orderId },
      order: { entryId: 'ASC' },
    });
    return rows.map((r) => ({
      kind: r.kind,
      status: r.status as OrderStatus | null,
      cause: r.cause,
      detail: r.detail,
      at: r.occurredAt,
    }));
  }

  /**
   * The status changes the order recorded, in the same transaction as the change itself, each
   * also an OrderStatusChanged event (the IM pushes it to the buyer) numbered after the status
   * entries stored before it (`stored`: their number when the caller knows it).
   */
  private async appendTimeline(order: Order, stored?: number): Promise<void> {
    const entries = order.pullTimeline();
    if (entries.length === 0) return;
    const changes = entries.filter((e) => e.kind === 'status' && e.status !== null);
    const before =
      changes.length && stored === undefined
        ? await this.manager.countBy(OrderTimelineEntity, {
            orderId: order.orderId,
            kind: 'status',
          })
        : (stored ?? 0);
    await this.outbox.append(
      changes.map((e, i) => {
        const payload: OrderStatusChangedPayload = {
          order_id: order.orderId,
          user_id: order.userId,
          status: e.status!,
          cause: e.cause,
          sequence: before + i + 1,
          at: e.at.toISOString(),
        };
        return newEvent(ORDER_STATUS_CHANGED, payload);
      }),
    );
    await this.manager.insert(
      OrderTimelineEntity,
      entries.map((e) => ({
        orderId: order.orderId,
        kind: e.kind,
        status: e.status,
        cause: e.cause,
        detail: e.detail,
        occurredAt: this.stored(e.at),
      })),
    );
  }

  async findById(orderId: number): Promise<Order | null> {
    return this.load(await this.manager.findOneBy(OrderEntity, { orderId }));
  }

  async findByGid(gid: string): Promise<Order | null> {
    return this.load(await this.manager.findOneBy(OrderEntity, { gid }));
  }

  async findByIdempotencyKey(userId: number, key: string): Promise<Order | null> {
    return this.load(await this.manager.findOneBy(OrderEntity, { userId, idempotencyKey: key }));
  }

  async listByUser(
    userId: number,
    offset: number,
    limit: number,
  ): Promise<{ orders: Order[]; total: number }> {
    const [rows, total] = await this.manager.findAndCount(OrderEntity, {
      where: { userId },
      order: { orderId: 'DESC' },
      skip: offset,
      take: limit,
    });
    const ids = In(rows.map((r) => r.orderId));
    const [items, addresses, discounts] = rows.length
      ? await Promise.all([
          this.manager.findBy(OrderItemEntity, { orderId: ids }),
          this.manager.findBy(OrderAddressEntity, { orderId: ids }),
          this.manager.find(OrderDiscountEntity, {
            where: { orderId: ids },
            order: { seq: 'ASC' },
          }),
        ])
      : [[], [], []];
    return {
      orders: rows.map((r) =>
        toOrder(
          r,
          items.filter((i) => i.orderId === r.orderId),
          addresses.find((a) => a.orderId === r.orderId) ?? null,
          discounts.filter((d) => d.orderId === r.orderId),
        ),
      ),
      total,
    };
  }

  async quantitiesBySku(statuses: readonly OrderStatus[]): Promise<Map<string, number>> {
    const rows: { sku_id: string; units: number | string }[] = await this.manager
      .createQueryBuilder(OrderItemEntity, 'i')
      .innerJoin(OrderEntity, 'o', 'o.order_id = i.order_id')
      .select('i.sku_id', 'sku_id')
      // Units that came back (after-sales returns) are no longer sold.
      .addSelect('SUM(i.quantity - i.returned_quantity)', 'units')
      .where('o.status IN (:...statuses)', { statuses })
      .groupBy('i.sku_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.sku_id, Number(r.units)]));
  }

  async unpaidOrderIds(createdBefore: Date, limit: number): Promise<number[]> {
    const rows = await this.manager.find(OrderEntity, {
      where: { status: 'CREATED', createdAt: LessThan(createdBefore) },
      select: { orderId: true },
      order: { orderId: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.orderId);
  }

  async deliveredOrderIds(deliveredBefore: Date, limit: number): Promise<number[]> {
    const rows: { order_id: number | string }[] = await this.manager
      .createQueryBuilder(OrderShipmentEntity, 's')
      .innerJoin(OrderEntity, 'o', 'o.order_id = s.order_id')
      .select('s.order_id', 'order_id')
      .where('o.status = :status', { status: 'SHIPPED' })
      .andWhere('s.delivered_at < :before', { before: deliveredBefore })
      .orderBy('s.order_id', 'ASC')
      .limit(limit)
      .getRawMany();
    return rows.map((r) => Number(r.order_id));
  }

  async pendingOrders(limit: number): Promise<PendingOrder[]> {
    const rows = await this.manager.find(OrderEntity, {
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

  private stored(at: Date): Date {
    return this.wholeSeconds ? new Date(Math.floor(at.getTime() / 1000) * 1000) : at;
  }

  private async load(row: OrderEntity | null): Promise<Order | null> {
    if (!row) return null;
    const [items, address, discounts, shipment] = await Promise.all([
      this.manager.find(OrderItemEntity, {
        where: { orderId: row.orderId },
        order: { skuId: 'ASC' },
      }),
      this.manager.findOneBy(OrderAddressEntity, { orderId: row.orderId }),
      this.manager.find(OrderDiscountEntity, {
        where: { orderId: row.orderId },
        order: { seq: 'ASC' },
      }),
      this.manager.findOneBy(OrderShipmentEntity, { orderId: row.orderId }),
    ]);
    return toOrder(row, items, address, discounts, shipment);
  }
}

function toShipTo(row: OrderAddressEntity | null): ShipTo | null {
  if (!row) return null;
  const { orderId: _orderId, ...shipTo } = row;
  return shipTo;
}

function toOrder(
  row: OrderEntity,
  items: OrderItemEntity[],
  address: OrderAddressEntity | null,
  discounts: OrderDiscountEntity[],
  shipment: OrderShipmentEntity | null = null,
): Order {
  return Order.restore({
    orderId: row.orderId,
    gid: row.gid,
    userId: row.userId,
    idempotencyKey: row.idempotencyKey,
    status: row.status as OrderStatus,
    consistency: row.consistency as OrderConsistency,
    items: items.map((i) => ({
      skuId: i.skuId,
      title: i.title,
      quantity: i.quantity,
      unitPriceCents: i.unitPriceCents,
      lineTotalCents: i.lineTotalCents,
      refundedQuantity: Number(i.refundedQuantity),
      returnedQuantity: Number(i.returnedQuantity),
      productId: i.productId === null ? null : Number(i.productId),
      categoryId: i.categoryId === null ? null : Number(i.categoryId),
    })),
    subtotalCents: row.subtotalCents,
    shippingCents: row.shippingCents,
    totalCents: row.totalCents,
    failureReason: row.failureReason,
    stockReturned: Boolean(row.stockReturned),
    stockAnswer: row.stockAnswer as PlacementAnswer | null,
    couponAnswer: row.couponAnswer as PlacementAnswer | null,
    discounts: discounts.map((d) => ({
      kind: d.kind as DiscountKind,
      sourceId: Number(d.sourceId),
      label: d.label,
      skuId: d.skuId,
      amountCents: Number(d.amountCents),
    })),
    discountCents: Number(row.discountCents),
    couponId: row.couponId === null ? null : Number(row.couponId),
    shipTo: toShipTo(address),
    shipment: toShipment(shipment),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

function toShipment(row: OrderShipmentEntity | null): Shipment | null {
  if (!row) return null;
  const { orderId: _orderId, ...shipment } = row;
  return shipment;
}

/** The order's events that other contexts hear of, as integration events. */
function toIntegrationEvent(order: Order, event: OrderEvent): IntegrationEvent[] {
  const lines = order.items.map((i) => ({ sku_id: i.skuId, quantity: i.quantity }));
  // The order events' lines also say each SKU's product and category, where the order has them.
  const orderLines = order.items.map((i) => ({
    sku_id: i.skuId,
    quantity: i.quantity,
    ...(i.productId == null ? {} : { product_id: i.productId, category_id: i.categoryId ?? null }),
  }));
  if (event.type === 'OrderRequested') {
    const payload: OrderRequestedPayload = {
      gid: order.gid,
      order_id: order.orderId,
      items: lines,
    };
    return [newEvent(ORDER_REQUESTED, payload)];
  }
  if (event.type === 'CouponUseRequested' && event.coupon) {
    const payload: CouponUseRequestedPayload = {
      gid: order.gid,
      order_id: order.orderId,
      user_id: order.userId,
      coupon_id: event.coupon.couponId,
      base_cents: event.coupon.baseCents,
      discount_cents: event.coupon.discountCents,
    };
    return [newEvent(COUPON_USE_REQUESTED, payload)];
  }
  const types: Partial<Record<OrderEvent['type'], string>> = {
    OrderPlaced: ORDER_PLACED,
    OrderRejected: ORDER_REJECTED,
    OrderPaid: ORDER_PAID,
    OrderCancelled: ORDER_CANCELLED,
    OrderClosed: ORDER_CLOSED,
    OrderReturned: ORDER_RETURNED,
    OrderRefunded: ORDER_REFUNDED,
    OrderShipped: ORDER_SHIPPED,
    OrderReceived: ORDER_RECEIVED,
  };
  const type = types[event.type];
  if (!type) return [];
  const payload: OrderEventPayload = {
    order_id: order.orderId,
    gid: order.gid,
    user_id: order.userId,
    total_cents: order.totalCents,
    items: orderLines,
    ...(event.type === 'OrderCancelled' ? { was_paid: event.wasPaid ?? false } : {}),
    ...(event.type === 'OrderRefunded' ? { stock_returned: order.stockReturned } : {}),
    ...(event.type === 'OrderShipped'
      ? { carrier: event.carrier, tracking_number: event.trackingNumber }
      : {}),
    ...(event.afterSales
      ? {
          request_id: event.afterSales.requestId,
          units: event.afterSales.units.map((u) => ({ sku_id: u.skuId, quantity: u.quantity })),
          ...(event.type === 'OrderRefunded'
            ? { refund_cents: event.afterSales.refundCents, complete: event.afterSales.complete }
            : {}),
        }
      : {}),
  };
  return [newEvent(type, payload)];
}
