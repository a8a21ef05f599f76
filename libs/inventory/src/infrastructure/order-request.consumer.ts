import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_REQUESTED,
  STOCK_DEDUCTED,
  STOCK_REJECTED,
  type OrderRequestedPayload,
  type StockOutcomePayload,
} from '@nestmall/contracts';
import { appendToOutbox, EventBus, newEvent, type IntegrationEvent } from '@nestmall/messaging';
import { DomainError } from '@nestmall/platform';
import type { EntityManager } from 'typeorm';
import { normalizeLines, type StockLine } from '../domain/stock.js';
import { FreezeLineEntity, StockEntity } from './stock.entities.js';

/**
 * The inventory's side of the two-phase message (ORDER_CONSISTENCY=message): an OrderRequested
 * event deducts every line (available -> sold, guarded UPDATEs in SKU order) or none, and the
 * answer, StockDeducted or StockRejected, goes into the inventory's outbox, all in the one local
 * transaction that also records the event in the inbox. A redelivered request changes nothing.
 * The deducted lines are kept under the order's gid, so a later cancel-order returns them.
 */
@Injectable()
export class OrderRequestConsumer implements OnModuleInit {
  static readonly CONSUMER = CONSUMERS.inventoryOrderRequests;

  constructor(private readonly bus: EventBus) {}

  async onModuleInit(): Promise<void> {
    await this.bus.subscribe({
      consumer: OrderRequestConsumer.CONSUMER,
      types: [ORDER_REQUESTED],
      handler: (event, manager) =>
        this.handle(event as IntegrationEvent<OrderRequestedPayload>, manager),
    });
  }

  private async handle(
    event: IntegrationEvent<OrderRequestedPayload>,
    m: EntityManager,
  ): Promise<void> {
    const { gid, order_id: orderId } = event.payload;
    if (typeof gid !== 'string' || !Number.isInteger(orderId))
      throw new Error(`${event.type} ${event.id} carries no gid or order_id`);
    const reason = await this.deduct(m, gid, event.payload.items);
    const answer: StockOutcomePayload = reason
      ? { gid, order_id: orderId, reason }
      : { gid, order_id: orderId };
    await appendToOutbox(
      m,
      newEvent(reason ? STOCK_REJECTED : STOCK_DEDUCTED, answer, { causation_id: event.id }),
    );
  }

  /** Deducts all lines, or none and returns why not. */
  private async deduct(
    m: EntityManager,
    gid: string,
    items: OrderRequestedPayload['items'],
  ): Promise<string | null> {
    let lines: StockLine[];
    try {
      lines = normalizeLines(
        (Array.isArray(items) ? items : []).map((i) => ({ skuId: i.sku_id, quantity: i.quantity })),
      );
    } catch (error) {
      if (error instanceof DomainError) return error.message;
      throw error;
    }
    const moved: StockLine[] = [];
    for (const line of lines) {
      const result = await m.queryRunner!.query(
        'UPDATE inventory_stock SET available = available - ?, sold = sold + ? WHERE sku_id = ? AND available >= ?',
        [line.quantity, line.quantity, line.skuId, line.quantity],
        true,
      );
      if ((result.affected ?? 0) === 1) {
        moved.push(line);
        continue;
      }
      // Put back what this request already took (same transaction: nobody saw it), and say why.
      for (const back of moved) {
        await m.queryRunner!.query(
          'UPDATE inventory_stock SET available = available + ?, sold = sold - ? WHERE sku_id = ?',
          [back.quantity, back.quantity, back.skuId],
        );
      }
      const stock = await m.findOneBy(StockEntity, { skuId: line.skuId });
      return stock
        ? `not enough stock for ${line.skuId}: ${stock.available} available, ${line.quantity} wanted`
        : `sku ${line.skuId} not found`;
    }
    await m.insert(
      FreezeLineEntity,
      lines.map((l) => ({ gid, skuId: l.skuId, quantity: l.quantity })),
    );
    return null;
  }
}
