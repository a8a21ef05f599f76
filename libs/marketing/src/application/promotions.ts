import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { checkSkuDiscount, checkSpendAndSave } from '../domain/promotion.js';
import { ManagePromotions } from './manage-promotions.js';
import type { MarketingActor } from './marketing-audit.js';
import { PromotionRepository } from './promotion.repository.js';
import type {
  CreateSkuDiscountInput,
  CreateSpendAndSaveInput,
  PromotionsView,
  SkuDiscountView,
  SpendAndSaveView,
} from './marketing-views.js';

/**
 * Staff set up time-limited SKU discounts and spend-and-save rules; the order's pricing reads the
 * ones running when an order is placed (libs/orders/src/domain/pricing.ts applies them).
 */
@Injectable()
export class Promotions {
  constructor(
    private readonly promotions: PromotionRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly manage: ManagePromotions,
  ) {}

  async createSkuDiscount(
    actor: MarketingActor,
    input: CreateSkuDiscountInput,
  ): Promise<SkuDiscountView> {
    const terms = checkSkuDiscount({
      name: input.name,
      skuId: input.sku_id,
      percentOff: input.percent_off,
      validFrom: new Date(input.valid_from),
      validUntil: new Date(input.valid_until),
    });
    const id = await this.unitOfWork.run(async () => {
      const added = await this.promotions.addSkuDiscount(terms);
      await this.manage.recordCreation(actor, 'sku_discount', added);
      return added;
    });
    return {
      discount_id: id,
      name: terms.name,
      sku_id: input.sku_id,
      percent_off: input.percent_off,
      valid_from: terms.validFrom.toISOString(),
      valid_until: terms.validUntil.toISOString(),
    };
  }

  async createSpendAndSave(
    actor: MarketingActor,
    input: CreateSpendAndSaveInput,
  ): Promise<SpendAndSaveView> {
    const terms = checkSpendAndSave({
      name: input.name,
      everyCents: input.every_cents,
      offCents: input.off_cents,
      validFrom: new Date(input.valid_from),
      validUntil: new Date(input.valid_until),
    });
    const id = await this.unitOfWork.run(async () => {
      const added = await this.promotions.addSpendAndSave(terms);
      await this.manage.recordCreation(actor, 'spend_and_save', added);
      return added;
    });
    return {
      rule_id: id,
      name: terms.name,
      every_cents: input.every_cents,
      off_cents: input.off_cents,
      valid_from: terms.validFrom.toISOString(),
      valid_until: terms.validUntil.toISOString(),
    };
  }

  /** What runs now for an order of `skuIds`. */
  async running(skuIds: string[], now = new Date()): Promise<PromotionsView> {
    const found = await this.promotions.running(skuIds, now);
    return {
      sku_discounts: found.skuDiscounts.map(({ id, terms }) => ({
        discount_id: id,
        name: terms.name,
        sku_id: terms.skuId,
        percent_off: terms.percentOff,
        valid_from: terms.validFrom.toISOString(),
        valid_until: terms.validUntil.toISOString(),
      })),
      spend_and_save: found.spendAndSave.map(({ id, terms }) => ({
        rule_id: id,
        name: terms.name,
        every_cents: terms.everyCents,
        off_cents: terms.offCents,
        valid_from: terms.validFrom.toISOString(),
        valid_until: terms.validUntil.toISOString(),
      })),
    };
  }
}
