import type { ContextDefinition } from '@nestmall/platform';
import { RANKING_MIGRATIONS, RankingModule } from './ranking.module.js';

/** The ranking's sales counter: a consumer of order events, with its table (no routes, no RPCs). */
export const RANKING_CONTEXT: ContextDefinition = {
  module: () => RankingModule,
  migrations: RANKING_MIGRATIONS,
};
