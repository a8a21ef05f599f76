import type { ContextDefinition } from '@nestmall/platform';
import { RankingRemoteModule } from './client/ranking-remote.module.js';
import { RANKING_CONFIG } from './ranking.config.js';
import { RANKING_PROTO } from './ranking.proto-contract.js';
import { RANKING_MIGRATIONS, RankingHttpModule, RankingModule } from './ranking.module.js';

/**
 * The ranking context as apps compose it. Its host passes the module that provides CatalogClient
 * (a SKU's product and category, asked when an order is first heard of).
 */
export const RANKING_CONTEXT: ContextDefinition = {
  module: (clients) => RankingModule.register({ imports: [...clients] }),
  http: (client) => RankingHttpModule.register({ imports: [client] }),
  remote: () => RankingRemoteModule.forRoot(),
  migrations: RANKING_MIGRATIONS,
  proto: RANKING_PROTO,
  config: RANKING_CONFIG,
};
