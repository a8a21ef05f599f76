import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CapReads, type StockReadsConfig } from '@nestmall/cache';
import type { CatalogServiceClient } from '@nestmall/contracts';
import { CATALOG_PROTO } from '../catalog.proto-contract.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { CatalogClient } from './catalog.client.js';
import { GrpcCatalogClient } from './grpc-catalog.client.js';
import { ProductReads } from './product-reads.js';

const CATALOG_POOL = Symbol('CATALOG_POOL');

/**
 * Binds CatalogClient to the gRPC adapter (replicas in CATALOG_SERVICE_URL), and ProductReads
 * to it under the CAP choice STOCK_READS (ap keeps the last known product list in this process).
 */
@Module({})
export class CatalogRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: CatalogRemoteModule,
      providers: [
        replicaPoolProvider(CATALOG_POOL, {
          service: 'nestmall.catalog.v1.CatalogService',
          contract: CATALOG_PROTO,
          urlVariable: 'CATALOG_SERVICE_URL',
          servedBy: ['inventory-service', 'mall'],
        }),
        {
          provide: CatalogClient,
          inject: [CATALOG_POOL],
          useFactory: (pool: GrpcReplicaPool<CatalogServiceClient>) => new GrpcCatalogClient(pool),
        },
        {
          provide: ProductReads,
          inject: [CatalogClient, ConfigService],
          useFactory: (client: CatalogClient, config: ConfigService<StockReadsConfig, true>) =>
            new ProductReads(client, new CapReads(config.get('STOCK_READS', { infer: true }))),
        },
      ],
      exports: [CatalogClient, ProductReads],
    };
  }
}
