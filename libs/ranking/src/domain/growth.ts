/** Units paid for of one product in the current bucket and the one before it. */
export interface ProductSales {
  productId: number;
  categoryId: number | null;
  current: number;
  previous: number;
}

export interface TrendingProduct extends ProductSales {
  growth: number;
}

/**
 * The growth of sales from the previous bucket to the current one:
 * `(current - previous) / max(previous, 1)`. A product that sold nothing before and 3 units now
 * grows by 3 (as if it had sold one before); 10 -> 15 is 0.5; 10 -> 5 is -0.5.
 */
export function growth(current: number, previous: number): number {
  return (current - previous) / Math.max(previous, 1);
}

/**
 * Trending products: those that sold in the current bucket, by growth, then by units now, then
 * by product id (a stable order for paging).
 */
export function rankTrending(sales: readonly ProductSales[]): TrendingProduct[] {
  return sales
    .filter((s) => s.current > 0)
    .map((s) => ({ ...s, growth: growth(s.current, s.previous) }))
    .sort((a, b) => b.growth - a.growth || b.current - a.current || a.productId - b.productId);
}
