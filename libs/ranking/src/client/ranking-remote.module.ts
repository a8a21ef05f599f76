import { Module, type DynamicModule } from '@nestjs/common';
import type { RankingServiceClient } from '@nestmall/contracts/generated/nestmall/ranking/v1/RankingService.js';
import { replicaPoolProvider, type GrpcReplicaPool } from '@nestmall/platform';
import { RANKING_PROTO } from '../ranking.proto-contract.js';
import { GrpcRankingClient } from './grpc-ranking.client.js';
import { RankingClient } from './ranking.client.js';

const RANKING_POOL = Symbol('RANKING_POOL');

/** Binds RankingClient to the gRPC adapter (replicas in RANKING_SERVICE_URL). */
@Module({})
export class RankingRemoteModule {
  static forRoot(): DynamicModule {
    return {
      module: RankingRemoteModule,
      providers: [
        replicaPoolProvider(RANKING_POOL, {
          service: 'nestmall.ranking.v1.RankingService',
          contract: RANKING_PROTO,
          urlVariable: 'RANKING_SERVICE_URL',
          servedBy: ['ranking-service', 'mall'],
        }),
        {
          provide: RankingClient,
          inject: [RANKING_POOL],
          useFactory: (pool: GrpcReplicaPool<RankingServiceClient>) => new GrpcRankingClient(pool),
        },
      ],
      exports: [RankingClient],
    };
  }
}
