import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { CouponTemplate, type CouponKind } from '../domain/coupon-template.js';
import { CouponRepository } from './coupon.repository.js';
import {
  toTemplateView,
  type CouponTemplateView,
  type CreateCouponTemplateInput,
} from './marketing-views.js';

/** Staff create a batch of coupons (the edge checks who they are). */
@Injectable()
export class CreateCouponTemplate {
  constructor(
    private readonly coupons: CouponRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(input: CreateCouponTemplateInput): Promise<CouponTemplateView> {
    const template = CouponTemplate.create({
      name: input.name,
      kind: input.kind as CouponKind,
      amountOffCents: input.amount_off_cents ?? 0,
      percentOff: input.percent_off ?? 0,
      minSpendCents: input.min_spend_cents ?? 0,
      validFrom: new Date(input.valid_from),
      validUntil: new Date(input.valid_until),
      totalQuantity: input.total_quantity,
      perUserLimit: input.per_user_limit ?? 1,
    });
    return toTemplateView(await this.unitOfWork.run(() => this.coupons.addTemplate(template)));
  }
}
