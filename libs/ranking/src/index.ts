export { RankingModule, RankingHttpModule, RANKING_MIGRATIONS } from './ranking.module.js';
export { RANKING_CONTEXT } from './ranking.context.js';
export { RANKING_CONFIG, type RankingConfig } from './ranking.config.js';
export { RANKING_PROTO } from './ranking.proto-contract.js';
export { RankingRemoteModule } from './client/ranking-remote.module.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/ranking').
export * from './ports.js';
