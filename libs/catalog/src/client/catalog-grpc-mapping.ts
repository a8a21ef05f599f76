import type { AdminProduct__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/AdminProduct.js';
import type { ProductContent } from '@nestmall/contracts/generated/nestmall/catalog/v1/ProductContent.js';
import type { ProductContent__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/ProductContent.js';
import type { AdminProductView, ProductInput } from '../application/catalog-admin-views.js';
import type { TaxonInput, TaxonView } from '../application/taxon-views.js';
import type { Taxon__Output } from '@nestmall/contracts/generated/nestmall/catalog/v1/Taxon.js';
import type {
  TaxonContent,
  TaxonContent__Output,
} from '@nestmall/contracts/generated/nestmall/catalog/v1/TaxonContent.js';
import type { ProductStatus } from '../domain/catalog-product.js';

/** The wire form of a product's content (0: no brand / category). Bad input goes as is: the service checks it. */
export function toProductContent(input: ProductInput): ProductContent {
  return {
    name: typeof input.name === 'string' ? input.name : '',
    brand_id: typeof input.brand_id === 'number' ? input.brand_id : 0,
    category_id: typeof input.category_id === 'number' ? input.category_id : 0,
    skus: Array.isArray(input.skus)
      ? (input.skus as Record<string, unknown>[]).map((sku) => ({
          sku_id: typeof sku?.sku_id === 'string' ? sku.sku_id : '',
          title: typeof sku?.title === 'string' ? sku.title : '',
          price_cents: typeof sku?.price_cents === 'number' ? sku.price_cents : 0,
          attributes: (sku?.attributes ?? {}) as Record<string, string>,
        }))
      : [],
    // A body's images go as they are (a non-string as '': the service names it).
    images: Array.isArray(input.images)
      ? input.images.map((url: unknown) => (typeof url === 'string' ? url : ''))
      : [],
  };
}

export function fromProductContent(content: ProductContent__Output | null): ProductInput {
  return {
    name: content?.name ?? '',
    brand_id: content?.brand_id || undefined,
    category_id: content?.category_id || undefined,
    skus: (content?.skus ?? []).map((sku) => ({ ...sku, attributes: { ...sku.attributes } })),
    images: content?.images ?? [],
  };
}

export function toAdminProduct(view: AdminProductView): AdminProduct__Output {
  return {
    ...view,
    brand_id: view.brand_id ?? 0,
    category_id: view.category_id ?? 0,
    reject_reason: view.reject_reason ?? '',
  };
}

export function fromAdminProduct(product: AdminProduct__Output): AdminProductView {
  return {
    product_id: product.product_id,
    name: product.name,
    brand_id: product.brand_id || null,
    category_id: product.category_id || null,
    status: product.status as ProductStatus,
    reject_reason: product.reject_reason || null,
    version: product.version,
    skus: product.skus.map((sku) => ({
      sku_id: sku.sku_id,
      title: sku.title,
      price_cents: sku.price_cents,
      attributes: { ...sku.attributes },
    })),
    images: product.images ?? [],
  };
}

/** A taxon's content on the wire (parent_id 0: none). Bad input goes as is: the service checks it. */
export function toTaxonContent(input: TaxonInput): TaxonContent {
  return {
    name: typeof input.name === 'string' ? input.name : '',
    parent_id: typeof input.parent_id === 'number' ? input.parent_id : 0,
  };
}

export function fromTaxonContent(content: TaxonContent__Output | null): TaxonInput {
  return { name: content?.name ?? '', parent_id: Number(content?.parent_id) || undefined };
}

export function toTaxon(view: TaxonView): Taxon__Output {
  return { ...view, parent_id: view.parent_id ?? 0 };
}

export function fromTaxon(taxon: Taxon__Output): TaxonView {
  return {
    id: Number(taxon.id),
    name: taxon.name,
    parent_id: Number(taxon.parent_id) || null,
    version: Number(taxon.version),
  };
}
