import { Injectable } from '@nestjs/common';
import { CONSUMERS, ORDER_REQUESTED, type OrderRequestedPayload } from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { DomainError } from '@nestmall/ports/platform';
import { StockHold } from '../domain/stock-hold.js';
import { StockRepository } from './stock.repository.js';

/**
 * The inventory's side of the two-phase message (ORDER_CONSISTENCY=message): an OrderRequested
 * event deducts every line (available -> sold) or none, answered with StockDeducted or
 * StockRejected, in the unit of work that also records the event in the inbox. A redelivered
 * request changes nothing. The deducted lines are kept under the order's gid, so a later
 * cancel-order returns them.
 */
@Injectable()
export class OrderRequestHandler extends IntegrationEventHandler<OrderRequestedPayload> {
  readonly consumer = CONSUMERS.inventoryOrderRequests;
  readonly types = [ORDER_REQUESTED];

  constructor(
    bus: EventBus,
    private readonly stock: StockRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderRequestedPayload>): Promise<void> {
    const { gid, order_id: orderId, items } = event.payload;
    if (typeof gid !== 'string' || !Number.isInteger(orderId))
      throw new Error(`${event.type} ${event.id} carries no gid or order_id`);
    const lines = (Array.isArray(items) ? items : []).map((i) => ({
      skuId: i.sku_id,
      quantity: i.quantity,
    }));
    const reject = (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return this.stock.addHold(StockHold.reject(gid, orderId, error.message, event.id));
    };
    let hold: StockHold;
    try {
      hold = StockHold.deduct(gid, orderId, lines, event.id);
    } catch (error) {
      return reject(error);
    }
    await this.stock.addHold(hold).catch(reject);
  }
}
