import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { CouponTemplateNotFoundError } from '../domain/marketing-errors.js';
import { CouponRepository } from './coupon.repository.js';
import { toCouponView, type CouponView } from './marketing-views.js';

/**
 * A buyer claims one coupon of a template. The window is the template's rule; the batch size and
 * the per-user limit are guarded UPDATEs in the repository, so 1,000 concurrent claims of a batch
 * of 100 hand out exactly 100.
 */
@Injectable()
export class ClaimCoupon {
  constructor(
    private readonly coupons: CouponRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(userId: number, templateId: number, now = new Date()): Promise<CouponView> {
    const template = await this.coupons.findTemplate(templateId);
    if (!template) throw new CouponTemplateNotFoundError(templateId);
    template.checkClaimable(now);
    const couponId = await this.unitOfWork.run(() => this.coupons.claim(templateId, userId, now));
    const coupon = await this.coupons.findCoupon(couponId, userId);
    return toCouponView(coupon!);
  }
}
