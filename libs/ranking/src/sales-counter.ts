import { CONSUMERS } from '@nestmall/contracts';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus, type IntegrationEvent } from '@nestmall/messaging';
import type { EntityManager } from 'typeorm';
import { SkuSalesEntity } from './sku-sales.entity.js';

interface OrderEventPayload {
  order_id: number;
  items: { sku_id: string; quantity: number }[];
}

/**
 * Counts units sold per SKU from the orders context's events: OrderPlaced adds, OrderCancelled
 * takes back. Each event is handled once (the inbox), in one local transaction with the counts.
 */
@Injectable()
export class SalesCounter implements OnModuleInit {
  static readonly CONSUMER = CONSUMERS.rankingSkuSales;

  constructor(private readonly bus: EventBus) {}

  async onModuleInit(): Promise<void> {
    await this.bus.subscribe({
      consumer: SalesCounter.CONSUMER,
      types: ['OrderPlaced', 'OrderCancelled'],
      handler: (event, manager) =>
        this.count(event as IntegrationEvent<OrderEventPayload>, manager),
    });
  }

  private async count(
    event: IntegrationEvent<OrderEventPayload>,
    manager: EntityManager,
  ): Promise<void> {
    const sign = event.type === 'OrderPlaced' ? 1 : -1;
    const items = [...event.payload.items].sort((a, b) => (a.sku_id < b.sku_id ? -1 : 1));
    for (const item of items) {
      const delta = sign * item.quantity;
      const updated = await manager.queryRunner!.query(
        'UPDATE ranking_sku_sales SET units = units + ? WHERE sku_id = ?',
        [delta, item.sku_id],
        true,
      );
      if ((updated.affected ?? 0) === 0)
        await manager.insert(SkuSalesEntity, { skuId: item.sku_id, units: delta });
    }
  }
}
