import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_PLACED,
  STOCK_DEDUCTED,
  STOCK_REJECTED,
  type StockOutcomePayload,
} from '@nestmall/contracts';
import { EventBus, type IntegrationEvent } from '@nestmall/messaging';
import type { EntityManager } from 'typeorm';
import { StockGate } from '../application/stock-gate.js';
import { OrderEntity, OrderItemEntity } from './order.entities.js';
import { appendOrderEvent } from './typeorm-order.repository.js';

/**
 * The second phase of the two-phase message (ORDER_CONSISTENCY=message), on the orders' side:
 * the inventory's answer to OrderRequested settles the PENDING order. StockDeducted -> CREATED
 * (and OrderPlaced, as after a TCC Confirm); StockRejected -> FAILED with the reason (the
 * compensation: nothing was deducted). Guarded on PENDING and handled once (the inbox), in one
 * local transaction with the order's change. Subscribed in both modes, so orders requested
 * before a switch back to tcc still settle.
 */
@Injectable()
export class StockOutcomeConsumer implements OnModuleInit {
  static readonly CONSUMER = CONSUMERS.ordersStockOutcomes;

  constructor(
    private readonly bus: EventBus,
    private readonly gate: StockGate,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.bus.subscribe({
      consumer: StockOutcomeConsumer.CONSUMER,
      types: [STOCK_DEDUCTED, STOCK_REJECTED],
      handler: (event, manager) =>
        this.settle(event as IntegrationEvent<StockOutcomePayload>, manager),
    });
  }

  private async settle(
    event: IntegrationEvent<StockOutcomePayload>,
    m: EntityManager,
  ): Promise<void> {
    const { gid, reason } = event.payload;
    if (typeof gid !== 'string') throw new Error(`${event.type} ${event.id} carries no gid`);
    const deducted = event.type === STOCK_DEDUCTED;
    const result = await m.update(
      OrderEntity,
      { gid, status: 'PENDING', consistency: 'message' },
      deducted
        ? { status: 'CREATED', updatedAt: new Date() }
        : {
            status: 'FAILED',
            failureReason: (reason ?? 'the inventory refused the order').slice(0, 255),
            updatedAt: new Date(),
          },
    );
    if ((result.affected ?? 0) === 1) {
      if (deducted) return appendOrderEvent(m, ORDER_PLACED, { gid });
      // The hot-SKU gate took these units when the order was requested: give them back.
      const order = (await m.findOneBy(OrderEntity, { gid }))!;
      const items = await m.findBy(OrderItemEntity, { orderId: order.orderId });
      await this.gate.release(items.map((i) => ({ skuId: i.skuId, quantity: i.quantity })));
      return;
    }
    const order = await m.findOneBy(OrderEntity, { gid });
    // An outcome for an order this database does not have would be lost silently: fail it, so
    // it is retried and then parked in the dead-letter queue for an operator.
    if (!order) throw new Error(`${event.type} for unknown order gid ${gid}`);
    // Otherwise the order is already settled: an outcome delivered twice changes nothing.
  }
}
