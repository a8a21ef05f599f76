import { Injectable } from '@nestjs/common';
import {
  CONSUMERS,
  COUPON_USE_REQUESTED,
  type CouponUseRequestedPayload,
} from '@nestmall/ports/contracts';
import {
  EventBus,
  IntegrationEventHandler,
  type IntegrationEvent,
} from '@nestmall/ports/messaging';
import { DomainError } from '@nestmall/ports/platform';
import { CouponNotFoundError, CouponNotUsableError } from '../domain/marketing-errors.js';
import { CouponRepository, type CouponAnswer } from './coupon.repository.js';

/**
 * The coupon's side of the two-phase message (ORDER_CONSISTENCY=message): CouponUseRequested
 * (an order with a coupon, committed PENDING) uses the buyer's coupon for the order (AVAILABLE
 * -> USED under its gid, by the same rules as the TCC Try: the buyer's, available, valid now, the
 * minimum spend, the discount the order priced) or refuses it, answered with CouponUsed or
 * CouponRejected (the reason names coupon_id) in the unit of work that also records the event in
 * the inbox: a redelivered request changes nothing. The coupon goes back when the order is
 * rejected for its stock (OrderRejected, heard by CouponOrderEndedHandler).
 */
@Injectable()
export class CouponUseRequestHandler extends IntegrationEventHandler<CouponUseRequestedPayload> {
  readonly consumer = CONSUMERS.marketingCouponRequests;
  readonly types = [COUPON_USE_REQUESTED];

  constructor(
    bus: EventBus,
    private readonly coupons: CouponRepository,
  ) {
    super(bus);
  }

  async handle(event: IntegrationEvent<CouponUseRequestedPayload>): Promise<void> {
    const p = event.payload;
    if (typeof p.gid !== 'string' || ![p.order_id, p.user_id, p.coupon_id].every(Number.isInteger))
      throw new Error(`${event.type} ${event.id} lacks gid, order_id, user_id or coupon_id`);
    const head = { gid: p.gid, orderId: p.order_id, causationId: event.id };
    let answer: CouponAnswer;
    try {
      await this.use(p);
      answer = { ...head, used: true };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error; // retried, then dead-lettered
      answer = { ...head, used: false, reason: `coupon_id ${p.coupon_id}: ${error.message}` };
    }
    await this.coupons.answerOrderRequest(answer);
  }

  /** Lock and use it for the gid in one go (no phase in between to wait for). */
  private async use(p: CouponUseRequestedPayload): Promise<void> {
    const coupon = await this.coupons.findCoupon(p.coupon_id, p.user_id);
    if (!coupon) throw new CouponNotFoundError(p.coupon_id);
    const discountCents = coupon.lock(p.gid, p.base_cents, new Date());
    if (discountCents !== p.discount_cents)
      throw new CouponNotUsableError(`coupon ${p.coupon_id} changed; place the order again`);
    coupon.use();
    await this.coupons.save(coupon);
  }
}
