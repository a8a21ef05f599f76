import type { CapReads, ReadAnswer } from '@nestmall/cache';
import type { ProductView } from '../application/catalog-views.js';
import type { CatalogClient } from './catalog.client.js';

/**
 * Products as the REST edge reads them, under the CAP choice (STOCK_READS): in the monolith the
 * read is in-process and always consistent; over gRPC, ap may answer the last known list, stale.
 * Placing an order reads SKUs through CatalogClient.getSkus, never this.
 */
export class ProductReads {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly reads: CapReads,
  ) {}

  products(): Promise<ReadAnswer<ProductView[]>> {
    return this.reads.read('products', () => this.catalog.listProducts());
  }
}
