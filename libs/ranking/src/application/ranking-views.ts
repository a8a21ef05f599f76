import { InvalidArgumentError } from '@nestmall/ports/platform';
import type { DayRange } from '../domain/period.js';

/** Which products to rank: all of them, one category's, or the uncategorised ones. */
export type CategoryFilter = number | 'uncategorised' | undefined;

export interface PageRequest {
  pageNum: number;
  pageSize: number;
}

export const DEFAULT_RANKING_PAGE_SIZE = 10;
export const MAX_RANKING_PAGE_SIZE = 100;
export const MAX_PAGE_NUM = 100_000;

export interface RankedProductView {
  /** 1 for the first of the whole ranking (not of the page). */
  rank: number;
  product_id: number;
  category_id: number | null;
  /** Units paid for in the bucket, cancellations and refunds taken back. */
  units: number;
}

export interface BestSellersView {
  period: string;
  /** The bucket's first and last UTC day (null for all time). */
  from: string | null;
  to: string | null;
  page_num: number;
  page_size: number;
  total: number;
  items: RankedProductView[];
}

export interface TrendingProductView {
  rank: number;
  product_id: number;
  category_id: number | null;
  units: number;
  previous_units: number;
  growth: number;
}

export interface TrendingView {
  period: string;
  from: string;
  to: string;
  previous_from: string;
  previous_to: string;
  page_num: number;
  page_size: number;
  total: number;
  items: TrendingProductView[];
}

export interface BoughtTogetherItemView {
  rank: number;
  product_id: number;
  /** Paid orders (not cancelled) that held both products. */
  orders: number;
}

export interface BoughtTogetherView {
  product_id: number;
  page_num: number;
  page_size: number;
  total: number;
  items: BoughtTogetherItemView[];
}

/** Units paid for per product in a range of days (the read side of the rankings). */
export interface ProductUnits {
  productId: number;
  categoryId: number | null;
  units: number;
}

/** The read side of the rankings, over the counted orders. */
export abstract class RankingReadModel {
  /** Products by units paid for in `range`, most first (ties by product id), one page. */
  abstract bestSellers(
    range: DayRange,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<{ total: number; rows: ProductUnits[] }>;

  /** Every product's units paid for in `range` (those with none are absent). */
  abstract unitsByProduct(range: DayRange, category: CategoryFilter): Promise<ProductUnits[]>;

  /** Products in the same counted orders as `productId`, by number of such orders. */
  abstract boughtTogether(
    productId: number,
    page: PageRequest,
  ): Promise<{ total: number; rows: { productId: number; orders: number }[] }>;
}

export function offsetOf(page: PageRequest): number {
  return (page.pageNum - 1) * page.pageSize;
}

/** The one rule for a page, a period and a category of any transport (names the field). */
export function checkRankingQuery(
  query: { period?: string; periods?: readonly string[]; category?: CategoryFilter },
  page: PageRequest,
): void {
  if (query.periods && !query.periods.includes(query.period ?? ''))
    throw new InvalidArgumentError(`period must be one of ${query.periods.join(', ')}`);
  const category = query.category;
  if (typeof category === 'number' && !(Number.isInteger(category) && category >= 1))
    throw new InvalidArgumentError('category_id must be a positive integer or uncategorised');
  if (!Number.isInteger(page.pageNum) || page.pageNum < 1 || page.pageNum > MAX_PAGE_NUM)
    throw new InvalidArgumentError(`page_num must be an integer from 1 to ${MAX_PAGE_NUM}`);
  if (
    !Number.isInteger(page.pageSize) ||
    page.pageSize < 1 ||
    page.pageSize > MAX_RANKING_PAGE_SIZE
  )
    throw new InvalidArgumentError(
      `page_size must be an integer from 1 to ${MAX_RANKING_PAGE_SIZE}`,
    );
}
