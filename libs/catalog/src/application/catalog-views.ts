import type { Product, Sku } from '../domain/sku.js';

export interface SkuView {
  sku_id: string;
  product_id: number;
  title: string;
  price_cents: number;
  on_shelf: boolean;
  /** GetSkus only: the product's category, null for none (the ranking context ranks per category). */
  category_id?: number | null;
}

export interface ProductView {
  product_id: number;
  name: string;
  skus: SkuView[];
  images: string[];
}

export function toSkuView(sku: Sku): SkuView {
  return {
    sku_id: sku.skuId,
    product_id: sku.productId,
    title: sku.title,
    price_cents: sku.priceCents,
    on_shelf: sku.onShelf,
    ...(sku.categoryId === undefined ? {} : { category_id: sku.categoryId }),
  };
}

export function toProductView(product: Product): ProductView {
  return {
    product_id: product.productId,
    name: product.name,
    skus: product.skus.map(toSkuView),
    images: product.images,
  };
}
