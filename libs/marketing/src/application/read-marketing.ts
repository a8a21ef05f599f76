import { Injectable } from '@nestjs/common';
import {
  CouponNotFoundError,
  CouponTemplateNotFoundError,
  RedPacketNotFoundError,
} from '../domain/marketing-errors.js';
import { CouponRepository } from './coupon.repository.js';
import {
  toCouponView,
  toTemplateView,
  type CouponTemplateView,
  type CouponView,
  type RedPacketView,
} from './marketing-views.js';
import { RedPacketRepository } from './red-packet.repository.js';

/** The marketing context's reads. */
@Injectable()
export class ReadMarketing {
  constructor(
    private readonly coupons: CouponRepository,
    private readonly redPackets: RedPacketRepository,
  ) {}

  async template(templateId: number): Promise<CouponTemplateView> {
    const template = await this.coupons.findTemplate(templateId);
    if (!template) throw new CouponTemplateNotFoundError(templateId);
    return toTemplateView(template.snapshot());
  }

  /** One of the user's coupons (another user's is not found). */
  async coupon(couponId: number, userId: number): Promise<CouponView> {
    const coupon = await this.coupons.findCoupon(couponId, userId);
    if (!coupon) throw new CouponNotFoundError(couponId);
    return toCouponView(coupon);
  }

  async myCoupons(userId: number): Promise<CouponView[]> {
    return (await this.coupons.listByUser(userId)).map(toCouponView);
  }

  async redPacket(redPacketId: number): Promise<RedPacketView> {
    const packet = await this.redPackets.find(redPacketId);
    if (!packet) throw new RedPacketNotFoundError(redPacketId);
    return packet;
  }
}
