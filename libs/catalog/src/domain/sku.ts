/** A sellable unit of a product: the course's ProductSku (product id, SKU code). Money in cents. */
export interface Sku {
  skuId: string;
  productId: number;
  title: string;
  priceCents: number;
  onShelf: boolean;
  /** Its product's category (null: none); set where the SKU is looked up on its own (GetSkus). */
  categoryId?: number | null;
}

export interface Product {
  productId: number;
  name: string;
  skus: Sku[];
  /** Image URLs, in display order (passed moderation when the product was approved). */
  images: string[];
}

export const SKU_ID_PATTERN = /^[A-Z0-9]{1,32}$/;
