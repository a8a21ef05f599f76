import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CapReads, type StockReadsConfig } from '@nestmall/cache';
import type { InventoryServiceClient } from '@nestmall/contracts';
import { INVENTORY_PROTO } from '../inventory.proto-contract.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { GrpcInventoryClient } from './grpc-inventory.client.js';
import { InventoryClient } from './inventory.client.js';
import { StockReads } from './stock-reads.js';

const INVENTORY_POOL = Symbol('INVENTORY_POOL');

/**
 * Binds InventoryClient to the gRPC adapter (replicas in INVENTORY_SERVICE_URL), and StockReads
 * to it under the CAP choice STOCK_READS (ap keeps the last known stock per SKU in this process).
 */
@Module({})
export class InventoryRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: InventoryRemoteModule,
      providers: [
        replicaPoolProvider(INVENTORY_POOL, {
          service: 'nestmall.inventory.v1.InventoryService',
          contract: INVENTORY_PROTO,
          urlVariable: 'INVENTORY_SERVICE_URL',
          servedBy: ['inventory-service', 'mall'],
        }),
        {
          provide: InventoryClient,
          inject: [INVENTORY_POOL],
          useFactory: (pool: GrpcReplicaPool<InventoryServiceClient>) =>
            new GrpcInventoryClient(pool),
        },
        {
          provide: StockReads,
          inject: [InventoryClient, ConfigService],
          useFactory: (client: InventoryClient, config: ConfigService<StockReadsConfig, true>) =>
            new StockReads(client, new CapReads(config.get('STOCK_READS', { infer: true }))),
        },
      ],
      exports: [InventoryClient, StockReads],
    };
  }
}
