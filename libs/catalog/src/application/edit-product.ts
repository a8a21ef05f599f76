import { Injectable } from '@nestjs/common';
import { AlreadyExistsError } from '@nestmall/ports/platform';
import { CatalogWrite } from './catalog-write.js';
import { CatalogProductRepository } from '../domain/catalog-product.repository.js';
import { TaxonRepository } from '../domain/taxon.repository.js';
import { checkProductTaxa } from './taxon-rules.js';
import { loadProduct } from './load-product.js';
import {
  fromProductInput,
  toAdminProductView,
  type AdminProductView,
  type CatalogActor,
  type ProductInput,
} from './catalog-admin-views.js';

/**
 * New content for a product (the aggregate decides what it does to the review: a price-only
 * change keeps it on shelf, any other change to a reviewed product sends it back to draft).
 */
@Injectable()
export class EditProduct {
  constructor(
    private readonly products: CatalogProductRepository,
    private readonly write: CatalogWrite,
    private readonly taxa: TaxonRepository,
  ) {}

  execute(actor: CatalogActor, productId: number, input: ProductInput): Promise<AdminProductView> {
    const content = fromProductInput(input);
    return this.write.run(async (stale) => {
      const product = await loadProduct(this.products, productId);
      const before = toAdminProductView(product);
      for (const sku of before.skus) stale.add(sku.sku_id);
      if (product.edit(content)) {
        await checkProductTaxa(this.taxa, product.snapshot());
        const skuIds = product.snapshot().skus.map((s) => s.skuId);
        const [taken] = await this.products.takenSkuIds(skuIds, productId);
        if (taken !== undefined) throw new AlreadyExistsError(`sku_id ${taken} already exists`);
        await this.products.save(product, { actor, action: 'product.edit', before });
      }
      return toAdminProductView(product);
    });
  }
}
