import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CacheModule } from '@nestmall/cache';
import type { AppConfig } from '@nestmall/platform';
import { CachedRankings, RANKING_CACHE_SECONDS } from './application/cached-rankings.js';
import { GetBestSellers } from './application/get-best-sellers.js';
import { GetBoughtTogether } from './application/get-bought-together.js';
import { GetTrending } from './application/get-trending.js';
import { OrderRankingsHandler } from './application/order-rankings.handler.js';
import { RankedOrderRepository } from './application/ranked-order.repository.js';
import { RankingReadModel } from './application/ranking-views.js';
import { SalesCounter } from './application/sales-counter.js';
import { SkuSalesRepository } from './application/sku-sales.repository.js';
import { InProcessRankingClient } from './client/in-process-ranking.client.js';
import { RankingClient } from './client/ranking.client.js';
import { CreateRanking1764110000000 } from './infrastructure/migrations/1764110000000-create-ranking.js';
import { PaidUnits1764140000000 } from './infrastructure/migrations/1764140000000-paid-units.js';
import { RankedOrders1764150000000 } from './infrastructure/migrations/1764150000000-ranked-orders.js';
import {
  RankedOrderEntity,
  RankedOrderLineEntity,
} from './infrastructure/ranked-order.entities.js';
import { SkuSalesEntity } from './infrastructure/sku-sales.entity.js';
import { TypeOrmRankedOrderRepository } from './infrastructure/typeorm-ranked-order.repository.js';
import { TypeOrmRankingReadModel } from './infrastructure/typeorm-ranking.read-model.js';
import { TypeOrmSkuSalesRepository } from './infrastructure/typeorm-sku-sales.repository.js';
import { RankingGrpcController } from './interface/grpc/ranking.grpc-controller.js';
import { RankingHttpController } from './interface/http/ranking.http-controller.js';
import type { RankingConfig } from './ranking.config.js';

export const RANKING_MIGRATIONS = [
  CreateRanking1764110000000,
  PaidUnits1764140000000,
  RankedOrders1764150000000,
];

export interface RankingModuleOptions {
  /** A module that provides CatalogClient (in-process or gRPC): the app's choice. */
  imports: ModuleMetadata['imports'];
}

/**
 * The ranking context: the orders it counts (fed by the order events: placed, paid, cancelled),
 * the sales counter per SKU, and the rankings read from them (best sellers, trending, bought
 * together), cached briefly (RANKING_CACHE_SECONDS, in the CACHE the app chose). Exports
 * RankingClient (in-process). Needs DatabaseModule and MessagingModule.
 */
@Module({})
export class RankingModule {
  static register(options: RankingModuleOptions): DynamicModule {
    return {
      module: RankingModule,
      imports: [
        TypeOrmModule.forFeature([SkuSalesEntity, RankedOrderEntity, RankedOrderLineEntity]),
        CacheModule,
        ...(options.imports ?? []),
      ],
      controllers: [RankingGrpcController],
      providers: [
        SalesCounter,
        OrderRankingsHandler,
        GetBestSellers,
        GetTrending,
        GetBoughtTogether,
        CachedRankings,
        {
          provide: RANKING_CACHE_SECONDS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<AppConfig & RankingConfig, true>): number =>
            config.get<number>('RANKING_CACHE_SECONDS'),
        },
        { provide: SkuSalesRepository, useClass: TypeOrmSkuSalesRepository },
        { provide: RankedOrderRepository, useClass: TypeOrmRankedOrderRepository },
        { provide: RankingReadModel, useClass: TypeOrmRankingReadModel },
        { provide: RankingClient, useClass: InProcessRankingClient },
      ],
      exports: [RankingClient],
    };
  }
}

/** The rankings' REST routes, over whichever RankingClient the app provides. */
@Module({})
export class RankingHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: RankingHttpModule,
      imports: client.imports,
      controllers: [RankingHttpController],
    };
  }
}
