import { Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { UnitOfWork } from '@nestmall/ports/platform';
import { checkSkuDiscount, checkSpendAndSave, runsAt } from '../domain/promotion.js';
import { ManagePromotions, PROMOTION_CALENDAR_KEY } from './manage-promotions.js';
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
 * ones running when an order is placed (libs/orders/src/domain/pricing.ts applies them). Every
 * order asks, so the answer comes from a cached calendar (every promotion not ended when it was
 * loaded), filtered by the time of asking: a promotion that starts or ends needs no
 * invalidation, and every write of one (created, edited, ended) invalidates the calendar after
 * its commit (ManagePromotions too).
 */
@Injectable()
export class Promotions {
  constructor(
    private readonly promotions: PromotionRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly manage: ManagePromotions,
    private readonly cache: Cache,
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
    await this.cache.invalidate(PROMOTION_CALENDAR_KEY);
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
    await this.cache.invalidate(PROMOTION_CALENDAR_KEY);
    return {
      rule_id: id,
      name: terms.name,
      every_cents: input.every_cents,
      off_cents: input.off_cents,
      valid_from: terms.validFrom.toISOString(),
      valid_until: terms.validUntil.toISOString(),
    };
  }

  /** What runs at `now` for an order of `skuIds`. */
  async running(skuIds: string[], now = new Date()): Promise<PromotionsView> {
    const calendar = (await this.cache.getOrLoad(
      PROMOTION_CALENDAR_KEY,
      this.cache.defaultTtlSeconds,
      () => this.calendar(now),
    ))!;
    const window = (p: { valid_from: string; valid_until: string }) =>
      runsAt({ validFrom: new Date(p.valid_from), validUntil: new Date(p.valid_until) }, now);
    const skus = new Set(skuIds);
    return {
      sku_discounts: calendar.sku_discounts.filter((d) => skus.has(d.sku_id) && window(d)),
      spend_and_save: calendar.spend_and_save.filter(window),
    };
  }

  /** Every promotion not ended at `now`, as views (what the cache holds). */
  private async calendar(now: Date): Promise<PromotionsView> {
    const found = await this.promotions.notEnded(now);
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
