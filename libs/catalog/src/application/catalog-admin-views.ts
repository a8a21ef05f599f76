import type { CatalogProduct, ProductStatus } from '../domain/catalog-product.js';

/** The staff member behind a catalog write (from their verified staff token, never a body). */
export interface CatalogActor {
  staffId: number;
  email: string;
}

export interface AdminSkuView {
  sku_id: string;
  title: string;
  price_cents: number;
  attributes: Record<string, string>;
}

/** A product as the back office sees it: its content and its place in the review. */
export interface AdminProductView {
  product_id: number;
  name: string;
  brand_id: number | null;
  category_id: number | null;
  status: ProductStatus;
  reject_reason: string | null;
  version: number;
  skus: AdminSkuView[];
  /** Image URLs, in display order. */
  images: string[];
}

export interface AdminProductPageView {
  products: AdminProductView[];
  total: number;
  page_num: number;
  page_size: number;
}

export function toAdminProductView(product: CatalogProduct): AdminProductView {
  const s = product.snapshot();
  return {
    product_id: s.productId,
    name: s.name,
    brand_id: s.brandId,
    category_id: s.categoryId,
    status: s.status,
    reject_reason: s.rejectReason,
    version: s.version,
    skus: s.skus.map((k) => ({
      sku_id: k.skuId,
      title: k.title,
      price_cents: k.priceCents,
      attributes: k.attributes,
    })),
    images: s.images,
  };
}

/** A product's content as the HTTP and gRPC bodies carry it (snake_case), for the aggregate. */
export interface ProductInput {
  name?: unknown;
  brand_id?: unknown;
  category_id?: unknown;
  skus?: unknown;
  images?: unknown;
}

export function fromProductInput(input: ProductInput): unknown {
  const skus = Array.isArray(input.skus)
    ? input.skus.map((sku: Record<string, unknown> | null | undefined) => ({
        skuId: sku?.sku_id,
        title: sku?.title,
        priceCents: sku?.price_cents,
        attributes: sku?.attributes,
      }))
    : input.skus;
  return {
    name: input.name,
    brandId: input.brand_id,
    categoryId: input.category_id,
    skus,
    images: input.images,
  };
}
