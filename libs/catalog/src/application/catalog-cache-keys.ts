/**
 * Cache keys of the catalog's display data: one SKU's view (what GetSkus answers, and so what
 * orders price and check on_shelf with) and the product list (ListProducts). The version changes
 * with the views' shape.
 */
export function skuViewKey(skuId: string): string {
  return `catalog:sku:v1:${skuId}`;
}

export const PRODUCT_LIST_KEY = 'catalog:products:v1';
