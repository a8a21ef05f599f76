import type { SkuDiscountTerms, SpendAndSaveTerms } from '../domain/promotion.js';
import type {
  Promotion,
  PromotionKind,
  PromotionSnapshot,
  PromotionStatus,
} from '../domain/promotion-lifecycle.js';

export interface Stored<T> {
  id: number;
  terms: T;
}

export interface PromotionQuery {
  kind: PromotionKind;
  /** Where the window is against `now`; any when absent. */
  status?: PromotionStatus;
  now: Date;
  offset: number;
  limit: number;
}

/**
 * The SKU discounts and spend-and-save rules staff set up, and every kind of promotion (coupon
 * batches too) as the Promotion aggregate for the staff's list, edit and end. Writes join the
 * unit of work.
 */
export abstract class PromotionRepository {
  abstract addSkuDiscount(terms: SkuDiscountTerms): Promise<number>;
  abstract addSpendAndSave(terms: SpendAndSaveTerms): Promise<number>;
  /**
   * Every SKU discount and spend-and-save rule not ended at `now` (running or scheduled): the
   * calendar the order's pricing is cached from.
   */
  abstract notEnded(now: Date): Promise<{
    skuDiscounts: Stored<SkuDiscountTerms>[];
    spendAndSave: Stored<SpendAndSaveTerms>[];
  }>;
  abstract find(kind: PromotionKind, id: number): Promise<Promotion | null>;
  /** Newest first. */
  abstract list(query: PromotionQuery): Promise<{ items: PromotionSnapshot[]; total: number }>;
  /**
   * Saves an edit or an end, guarded by the terms it was loaded with (and, for a coupon batch,
   * by `claimed <= total_quantity`). @throws ConflictError when it changed meanwhile
   */
  abstract save(promotion: Promotion, loaded: PromotionSnapshot): Promise<void>;
}
