import { Module, type DynamicModule } from '@nestjs/common';
import type { MarketingServiceClient } from '@nestmall/contracts/generated/nestmall/marketing/v1/MarketingService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { MARKETING_PROTO } from '../marketing.proto-contract.js';
import { GrpcMarketingClient } from './grpc-marketing.client.js';
import { MarketingClient } from './marketing.client.js';

const MARKETING_POOL = Symbol('MARKETING_POOL');

/** Binds MarketingClient to the gRPC adapter (replicas in MARKETING_SERVICE_URL). */
@Module({})
export class MarketingRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: MarketingRemoteModule,
      providers: [
        replicaPoolProvider(MARKETING_POOL, {
          service: 'nestmall.marketing.v1.MarketingService',
          contract: MARKETING_PROTO,
          urlVariable: 'MARKETING_SERVICE_URL',
          servedBy: ['marketing-service', 'mall'],
        }),
        {
          provide: MarketingClient,
          inject: [MARKETING_POOL],
          useFactory: (pool: GrpcReplicaPool<MarketingServiceClient>) =>
            new GrpcMarketingClient(pool),
        },
      ],
      exports: [MarketingClient],
    };
  }
}
