import { Injectable } from '@nestjs/common';
import { GetBestSellers } from '../application/get-best-sellers.js';
import { GetBoughtTogether } from '../application/get-bought-together.js';
import { GetTrending } from '../application/get-trending.js';
import type {
  BestSellersView,
  BoughtTogetherView,
  CategoryFilter,
  PageRequest,
  TrendingView,
} from '../application/ranking-views.js';
import type { Period, TrendingPeriod } from '../domain/period.js';
import { RankingClient } from './ranking.client.js';

/** RankingClient for the monolith and the ranking-service: the use cases, called directly. */
@Injectable()
export class InProcessRankingClient extends RankingClient {
  constructor(
    private readonly bestSellersOf: GetBestSellers,
    private readonly trendingOf: GetTrending,
    private readonly boughtTogetherOf: GetBoughtTogether,
  ) {
    super();
  }

  bestSellers(
    period: Period,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<BestSellersView> {
    return this.bestSellersOf.execute(period, category, page);
  }

  trending(
    period: TrendingPeriod,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<TrendingView> {
    return this.trendingOf.execute(period, category, page);
  }

  boughtTogether(productId: number, page: PageRequest): Promise<BoughtTogetherView> {
    return this.boughtTogetherOf.execute(productId, page);
  }
}
