import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CONSUMERS, ORDER_CANCELLED, type OrderEventPayload } from '@nestmall/contracts';
import { EventBus, type IntegrationEvent } from '@nestmall/messaging';
import { returnStockIn } from './typeorm-stock.repository.js';

/**
 * OrderCancelled -> the order's units go back (sold -> available), once. With
 * ORDER_CONSISTENCY=message this is how a cancelled order returns its stock (BASE: the order is
 * CANCELLED at once, the stock follows); with TCC the cancel-order transaction has usually
 * returned them already, and the shared barrier row makes this a no-op.
 */
@Injectable()
export class OrderCancellationConsumer implements OnModuleInit {
  static readonly CONSUMER = CONSUMERS.inventoryOrderCancellations;

  constructor(private readonly bus: EventBus) {}

  async onModuleInit(): Promise<void> {
    await this.bus.subscribe({
      consumer: OrderCancellationConsumer.CONSUMER,
      types: [ORDER_CANCELLED],
      handler: async (event, manager) => {
        const { gid } = (event as IntegrationEvent<OrderEventPayload>).payload;
        if (typeof gid !== 'string') throw new Error(`${event.type} ${event.id} carries no gid`);
        await returnStockIn(manager, gid);
      },
    });
  }
}
