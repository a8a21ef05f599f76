export { RankingModule, RANKING_MIGRATIONS } from './ranking.module.js';
