import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { CouponTemplate, type CouponKind } from '../domain/coupon-template.js';
import { CouponRepository } from './coupon.repository.js';
import { ManagePromotions } from './manage-promotions.js';
import type { MarketingActor } from './marketing-audit.js';
import {
  toTemplateView,
  type CouponTemplateView,
  type CreateCouponTemplateInput,
} from './marketing-views.js';

/** Staff create a batch of coupons (the edge checks who they are); audited (coupon_batch.create). */
@Injectable()
export class CreateCouponTemplate {
  constructor(
    private readonly coupons: CouponRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly manage: ManagePromotions,
  ) {}

  async execute(
    actor: MarketingActor,
    input: CreateCouponTemplateInput,
  ): Promise<CouponTemplateView> {
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
    const added = await this.unitOfWork.run(async () => {
      const stored = await this.coupons.addTemplate(template);
      await this.manage.recordCreation(actor, 'coupon_batch', stored.templateId);
      return stored;
    });
    return toTemplateView(added);
  }
}
