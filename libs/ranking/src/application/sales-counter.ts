import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_CLOSED,
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
import { salesChanges, type OrderSalesEvent } from '../domain/sales-change.js';
import { SkuSalesRepository } from './sku-sales.repository.js';

const KINDS: Record<string, OrderSalesEvent> = {
  [ORDER_PLACED]: 'placed',
  [ORDER_PAID]: 'paid',
  [ORDER_CANCELLED]: 'cancelled',
  // Closed unpaid (the payment timed out): its units go back, it was never paid.
  [ORDER_CLOSED]: 'cancelled',
  // An after-sales refund: its units are taken back, units and paid units.
  [ORDER_REFUNDED]: 'cancelled',
};

/**
 * Counts units per SKU from the orders context's events (the rule: domain/sales-change.ts).
 * Each event is handled once (the inbox), in the unit of work that the repository joins.
 */
@Injectable()
export class SalesCounter extends IntegrationEventHandler<OrderEventPayload> {
  readonly consumer = CONSUMERS.rankingSkuSales;
  readonly types = [ORDER_PLACED, ORDER_CANCELLED, ORDER_CLOSED, ORDER_PAID, ORDER_REFUNDED];

  constructor(
    bus: EventBus,
    private readonly sales: SkuSalesRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderEventPayload>): Promise<void> {
    const kind = KINDS[event.type];
    // An after-sales refund takes back only its units (none named: an older event, all).
    const items =
      event.type === ORDER_REFUNDED && Array.isArray(event.payload.units)
        ? event.payload.units
        : event.payload.items;
    if (!kind || !Array.isArray(items))
      throw new Error(
        `${this.consumer}: ${event.type} ${event.id} is not an order event with items`,
      );
    const lines = items.map((item) => ({
      skuId: item.sku_id,
      quantity: item.quantity,
    }));
    const wasPaid = event.payload.was_paid === true || event.type === ORDER_REFUNDED;
    await this.sales.add(salesChanges(kind, lines, wasPaid));
  }
}
