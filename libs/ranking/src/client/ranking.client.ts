import type {
  BestSellersView,
  BoughtTogetherView,
  CategoryFilter,
  PageRequest,
  TrendingView,
} from '../application/ranking-views.js';
import type { Period, TrendingPeriod } from '../domain/period.js';

/** The port through which the REST edge reads the rankings (public data). */
export abstract class RankingClient {
  abstract bestSellers(
    period: Period,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<BestSellersView>;
  abstract trending(
    period: TrendingPeriod,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<TrendingView>;
  abstract boughtTogether(productId: number, page: PageRequest): Promise<BoughtTogetherView>;
}
