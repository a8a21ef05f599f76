import { Module, type DynamicModule } from '@nestjs/common';
import type { CatalogServiceClient } from '@nestmall/contracts';
import { CATALOG_PROTO } from '../catalog.proto-contract.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { CatalogClient } from './catalog.client.js';
import { GrpcCatalogClient } from './grpc-catalog.client.js';

const CATALOG_POOL = Symbol('CATALOG_POOL');

/** Binds CatalogClient to the gRPC adapter (replicas in CATALOG_SERVICE_URL). */
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
      ],
      exports: [CatalogClient],
    };
  }
}
