import { Module, type DynamicModule } from '@nestjs/common';
import { hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { RANKING_SERVICE_CONTEXTS } from './ranking-service.contexts.js';

/**
 * The ranking context (the course's ranking service: hot products, recommendations, rankings) as
 * one gRPC service with its own database (mall_ranking on MySQL), a RabbitMQ consumer of the
 * order events.
 */
@Module({})
export class RankingServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: RankingServiceModule,
      imports: await hostingAppImports('ranking-service', RANKING_SERVICE_CONTEXTS, {
        http: false,
        defaults: developmentDefaults('ranking-service'),
      }),
    };
  }
}
