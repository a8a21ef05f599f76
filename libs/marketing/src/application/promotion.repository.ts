import type { SkuDiscountTerms, SpendAndSaveTerms } from '../domain/promotion.js';

export interface Stored<T> {
  id: number;
  terms: T;
}

/** The SKU discounts and spend-and-save rules staff set up. Writes join the unit of work. */
export abstract class PromotionRepository {
  abstract addSkuDiscount(terms: SkuDiscountTerms): Promise<number>;
  abstract addSpendAndSave(terms: SpendAndSaveTerms): Promise<number>;
  /** The SKU discounts of `skuIds` and every spend-and-save rule running at `now`. */
  abstract running(
    skuIds: string[],
    now: Date,
  ): Promise<{
    skuDiscounts: Stored<SkuDiscountTerms>[];
    spendAndSave: Stored<SpendAndSaveTerms>[];
  }>;
}
