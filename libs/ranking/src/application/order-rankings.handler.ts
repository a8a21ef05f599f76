import { Injectable } from '@nestjs/common';
import { CatalogClient } from '@nestmall/ports/catalog';
import {
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_PAID,
  ORDER_PLACED,
  ORDER_REFUNDED,
  type OrderEventPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { RankedOrder, type RankedLine } from '../domain/ranked-order.js';
import { RankedOrderRepository } from './ranked-order.repository.js';

/**
 * Keeps the orders the rankings count from the orders context's events: OrderPlaced records an
 * order's lines (each SKU's product and category as the event says, or asked of the catalog for
 * an order placed before the orders recorded them), OrderPaid counts it in
 * the UTC day of the event, OrderCancelled takes it back, OrderRefunded (after-sales) the units
 * it refunded (the rule: domain/ranked-order.ts).
 * Each event is handled once (the inbox), in the unit of work the repository joins.
 */
@Injectable()
export class OrderRankingsHandler extends IntegrationEventHandler<OrderEventPayload> {
  readonly consumer = CONSUMERS.rankingOrders;
  readonly types = [ORDER_PLACED, ORDER_PAID, ORDER_CANCELLED, ORDER_REFUNDED];

  constructor(
    bus: EventBus,
    private readonly orders: RankedOrderRepository,
    private readonly catalog: CatalogClient,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderEventPayload>): Promise<void> {
    const { order_id: orderId, items } = event.payload;
    if (!this.types.includes(event.type) || !Number.isInteger(orderId) || !Array.isArray(items))
      throw new Error(`${this.consumer}: ${event.type} ${event.id} is not an order event`);
    const order =
      (await this.orders.findById(orderId)) ??
      RankedOrder.placed(orderId, await this.linesOf(items));
    const refunded = event.payload.units;
    if (event.type === ORDER_PAID) order.pay(new Date(event.occurred_at));
    // A cancellation takes the order back (from the day it was paid); an after-sales refund
    // only its units (an OrderRefunded from before partial refunds names none: all of them).
    if (event.type === ORDER_CANCELLED || (event.type === ORDER_REFUNDED && !refunded))
      order.cancel();
    if (event.type === ORDER_REFUNDED && refunded)
      order.takeBack(refunded.map((u) => ({ skuId: u.sku_id, quantity: u.quantity })));
    if (order.changed) await this.orders.save(order);
  }

  /**
   * The event's lines with each SKU's product and category: as the event says (the order
   * recorded them when it was placed), else as the catalog says now, for the events of orders
   * placed before the orders recorded them (a SKU the catalog lost is skipped).
   */
  private async linesOf(items: OrderEventPayload['items']): Promise<RankedLine[]> {
    const skus = items.every((i) => Number.isInteger(i.product_id))
      ? items.map((i) => ({
          sku_id: i.sku_id,
          product_id: i.product_id!,
          category_id: i.category_id ?? null,
        }))
      : await this.catalog.getSkus([...new Set(items.map((i) => i.sku_id))]);
    const bySku = new Map(skus.map((s) => [s.sku_id, s]));
    const lines = new Map<string, RankedLine>();
    for (const item of items) {
      const sku = bySku.get(item.sku_id);
      if (!sku) continue;
      // GetSkus' view carries the product's category; none means uncategorised.
      const categoryId = sku.category_id ?? null;
      const quantity = (lines.get(item.sku_id)?.quantity ?? 0) + item.quantity;
      lines.set(item.sku_id, {
        skuId: item.sku_id,
        productId: sku.product_id,
        categoryId,
        quantity,
      });
    }
    return [...lines.values()];
  }
}
