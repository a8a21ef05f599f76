export { RankingModule, RANKING_MIGRATIONS } from './ranking.module.js';
export { RANKING_CONTEXT } from './ranking.context.js';
