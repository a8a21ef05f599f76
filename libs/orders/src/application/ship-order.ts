import { Injectable, Optional } from '@nestjs/common';
import { DomainError, UnitOfWork } from '@nestmall/ports/platform';
import { ThirdpartyClient } from '@nestmall/ports/thirdparty';
import { OrderNotFoundError, OrderTransitionError } from '../domain/order.js';
import { OrderRepository } from './order.repository.js';
import { toOrderView, type OrderView } from './order-views.js';

/**
 * Staff ship a PAID order: a shipment at the carrier first (the order id is its idempotency
 * key, so a retry after a lost answer gets the same tracking number), then PAID -> SHIPPED with
 * OrderShipped and the carrier's tracking number on the timeline, in one unit of work. A carrier
 * that is down, slow or whose circuit is open: 503 naming it, and the order stays PAID. An
 * order without an address cannot be shipped (422).
 */
@Injectable()
export class ShipOrder {
  constructor(
    private readonly orders: OrderRepository,
    private readonly unitOfWork: UnitOfWork,
    @Optional() private readonly thirdparty?: ThirdpartyClient,
  ) {}

  async execute(orderId: number, now = new Date()): Promise<OrderView> {
    const order = await this.orders.findById(orderId);
    if (!order) throw new OrderNotFoundError(orderId);
    if (order.status !== 'PAID') throw new OrderTransitionError(orderId, order.status, 'ship');
    const to = order.shipTo;
    if (!to) throw new DomainError('UNPROCESSABLE', `order ${orderId} has no address to ship to`);
    if (!this.thirdparty)
      throw new DomainError('UNAVAILABLE', 'no carrier is configured in this app');
    const shipment = await this.thirdparty.createShipment({
      orderId,
      recipient: to.recipient,
      mobile: to.mobile,
      address: [to.province, to.city, to.district, to.street].join(' '),
    });
    order.ship({ carrier: shipment.carrier, trackingNumber: shipment.tracking_number }, now);
    await this.unitOfWork.run(() => this.orders.save(order));
    return toOrderView(order);
  }
}
