import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_CLOSED,
  ORDER_PAID,
  ORDER_PLACED,
  type OrderEventPayload,
} from '@nestmall/contracts';
import { EventBus, type IntegrationEvent } from '@nestmall/messaging';
import type { EntityManager } from 'typeorm';
import { SkuSalesEntity } from './sku-sales.entity.js';

/**
 * Counts units per SKU from the orders context's events: OrderPlaced adds to `units`,
 * OrderPaid to `paid_units`, OrderCancelled takes back from `units` (and from `paid_units` when
 * the order had been paid). Each event is handled once (the inbox), in one local transaction
 * with the counts.
 */
@Injectable()
export class SalesCounter implements OnModuleInit {
  static readonly CONSUMER = CONSUMERS.rankingSkuSales;

  constructor(private readonly bus: EventBus) {}

  async onModuleInit(): Promise<void> {
    await this.bus.subscribe({
      consumer: SalesCounter.CONSUMER,
      types: [ORDER_PLACED, ORDER_CANCELLED, ORDER_CLOSED, ORDER_PAID],
      handler: (event, manager) =>
        this.count(event as IntegrationEvent<OrderEventPayload>, manager),
    });
  }

  private async count(
    event: IntegrationEvent<OrderEventPayload>,
    manager: EntityManager,
  ): Promise<void> {
    // A closed order was never paid: it takes back its units only.
    const cancelled = event.type === ORDER_CANCELLED || event.type === ORDER_CLOSED;
    const sign = cancelled ? -1 : 1;
    const units = event.type === ORDER_PAID ? 0 : 1;
    const paid = event.type === ORDER_PAID || (cancelled && event.payload.was_paid) ? 1 : 0;
    const items = [...event.payload.items].sort((a, b) => (a.sku_id < b.sku_id ? -1 : 1));
    for (const item of items) {
      const d = sign * item.quantity;
      const updated = await manager.queryRunner!.query(
        'UPDATE ranking_sku_sales SET units = units + ?, paid_units = paid_units + ? WHERE sku_id = ?',
        [d * units, d * paid, item.sku_id],
        true,
      );
      if ((updated.affected ?? 0) === 0)
        await manager.insert(SkuSalesEntity, {
          skuId: item.sku_id,
          units: d * units,
          paidUnits: d * paid,
        });
    }
  }
}
