import type {
  CatalogServiceClient,
  GetSkusResponse__Output,
  ListProductsResponse__Output,
} from '@nestmall/contracts';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type { ProductView, SkuView } from '../application/catalog-views.js';
import { CatalogClient } from './catalog.client.js';

/** CatalogClient over gRPC: reads only, so every call may be retried on another replica. */
export class GrpcCatalogClient extends CatalogClient {
  constructor(private readonly pool: GrpcReplicaPool<CatalogServiceClient>) {
    super();
  }

  async listProducts(): Promise<ProductView[]> {
    const answer = await this.pool.unary<ListProductsResponse__Output>('ListProducts', {}, true);
    return answer.products.map((p) => ({
      product_id: p.product_id,
      name: p.name,
      skus: p.skus.map(toSkuView),
    }));
  }

  async getSkus(skuIds: string[]): Promise<SkuView[]> {
    const answer = await this.pool.unary<GetSkusResponse__Output>(
      'GetSkus',
      { sku_ids: skuIds },
      true,
    );
    return answer.skus.map(toSkuView);
  }
}

function toSkuView(sku: SkuView): SkuView {
  return {
    sku_id: sku.sku_id,
    product_id: sku.product_id,
    title: sku.title,
    price_cents: sku.price_cents,
    on_shelf: sku.on_shelf,
  };
}
