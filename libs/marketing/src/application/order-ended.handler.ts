import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  ORDER_CANCELLED,
  ORDER_CLOSED,
  ORDER_REJECTED,
  type OrderEventPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { CouponRepository } from './coupon.repository.js';

/**
 * An order that used a coupon was cancelled by its buyer, closed unpaid, or rejected (its stock
 * refused after its coupon was used, ORDER_CONSISTENCY=message): the coupon goes back
 * to the buyer (USED -> AVAILABLE), once (the inbox, and the coupon's own guard: only the
 * coupon USED by the order's gid). An after-sales refund does not give it back
 * (docs/aftersales.md).
 */
@Injectable()
export class CouponOrderEndedHandler extends IntegrationEventHandler<OrderEventPayload> {
  readonly consumer = CONSUMERS.marketingOrderEnds;
  readonly types = [ORDER_CANCELLED, ORDER_CLOSED, ORDER_REJECTED];

  constructor(
    bus: EventBus,
    private readonly coupons: CouponRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<OrderEventPayload>): Promise<void> {
    const { gid } = event.payload;
    if (typeof gid !== 'string') throw new Error(`${event.type} ${event.id} carries no gid`);
    const coupon = await this.coupons.findByGid(gid);
    if (coupon?.giveBack(gid)) await this.coupons.save(coupon);
  }
}
