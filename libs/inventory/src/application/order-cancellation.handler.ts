import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_CLOSED,
  ORDER_REJECTED,
  ORDER_RETURNED,
  type OrderEventPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { StockOperations } from './stock-operations.js';

/**
 * OrderCancelled, OrderClosed (unpaid too long), OrderReturned (an after-sales request took
 * some goods back: only its units, once per request) or OrderRejected (a requested order whose coupon was refused after its stock
 * was deducted, ORDER_CONSISTENCY=message) -> the order's units go back (sold -> available, a 'return' move in the ledger
 * under the order's gid), once. With
 * ORDER_CONSISTENCY=message this is how a cancelled order returns its stock (BASE: the order is
 * CANCELLED at once, the stock follows); with TCC the cancel-order transaction has usually
 * returned them already, and the shared barrier row makes this a no-op.
 */
@Injectable()
export class OrderCancellationHandler extends IntegrationEventHandler<OrderEventPayload> {
  readonly consumer = CONSUMERS.inventoryOrderCancellations;
  readonly types = [ORDER_CANCELLED, ORDER_CLOSED, ORDER_RETURNED, ORDER_REJECTED];

  constructor(
    bus: EventBus,
    private readonly operations: StockOperations,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderEventPayload>): Promise<void> {
    const { gid, request_id: requestId, units } = event.payload;
    if (typeof gid !== 'string') throw new Error(`${event.type} ${event.id} carries no gid`);
    // An after-sales request's units (OrderReturned since partial refunds): only those, once
    // per request. Without them (older events, cancels): every unit of the order, once.
    if (event.type === ORDER_RETURNED && requestId !== undefined && Array.isArray(units))
      await this.operations.returnUnits(
        gid,
        requestId,
        units.map((u) => ({ skuId: u.sku_id, quantity: u.quantity })),
      );
    else await this.operations.returnStock(gid);
  }
}
