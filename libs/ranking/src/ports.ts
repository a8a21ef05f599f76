// '@nestmall/ports/ranking': the ranking's client port, its views and rules, for other contexts'
// domain/ and application/ code (no transport, no ORM behind it).
export { RankingClient } from './client/ranking.client.js';
export type {
  BestSellersView,
  BoughtTogetherView,
  CategoryFilter,
  PageRequest,
  TrendingView,
} from './application/ranking-views.js';
export { growth } from './domain/growth.js';
export { PERIODS, TRENDING_PERIODS, type Period, type TrendingPeriod } from './domain/period.js';
