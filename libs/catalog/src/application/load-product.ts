import { NotFoundError } from '@nestmall/ports/platform';
import type { CatalogProduct } from '../domain/catalog-product.js';
import type { CatalogProductRepository } from '../domain/catalog-product.repository.js';

export async function loadProduct(
  products: CatalogProductRepository,
  productId: number,
): Promise<CatalogProduct> {
  const product = await products.findById(productId);
  if (!product) throw new NotFoundError(`product ${productId} not found`);
  return product;
}
