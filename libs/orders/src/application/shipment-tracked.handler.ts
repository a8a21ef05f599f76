import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  SHIPMENT_TRACKED,
  type ShipmentTrackedPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { OrderRepository } from './order.repository.js';

/**
 * The carrier reported where an order's parcel is (thirdparty checked its signature): a
 * 'tracking' entry on the order's timeline; DELIVERED starts its automatic-receipt clock. Handled
 * once (the inbox), in the unit of work that records it. An unknown order, or one never shipped,
 * is retried and then parked as a dead letter for an operator.
 */
@Injectable()
export class ShipmentTrackedHandler extends IntegrationEventHandler<ShipmentTrackedPayload> {
  readonly consumer = CONSUMERS.ordersShipments;
  readonly types = [SHIPMENT_TRACKED];

  constructor(
    bus: EventBus,
    private readonly orders: OrderRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<ShipmentTrackedPayload>): Promise<void> {
    const p = event.payload;
    const order = await this.orders.findById(p.order_id);
    if (!order) throw new Error(`${event.type} ${p.event_id} for unknown order ${p.order_id}`);
    if (order.shipment && order.shipment.trackingNumber !== p.tracking_number)
      throw new Error(
        `${event.type} ${p.event_id}: tracking number ${p.tracking_number} is not order ${p.order_id}'s`,
      );
    order.track({ status: p.status, note: p.note, occurredAt: new Date(p.occurred_at) });
    await this.orders.save(order);
  }
}
