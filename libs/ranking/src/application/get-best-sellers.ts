import { Injectable } from '@nestjs/common';
import { CachedRankings } from './cached-rankings.js';
import { bucketOf, PERIODS, type Period } from '../domain/period.js';
import {
  checkRankingQuery,
  offsetOf,
  RankingReadModel,
  type BestSellersView,
  type CategoryFilter,
  type PageRequest,
} from './ranking-views.js';

/** Best sellers of a UTC bucket (today, this week, all time): products by units paid for. */
@Injectable()
export class GetBestSellers {
  constructor(
    private readonly rankings: RankingReadModel,
    private readonly cached: CachedRankings,
  ) {}

  async execute(
    period: Period,
    category: CategoryFilter,
    page: PageRequest,
    now = new Date(),
  ): Promise<BestSellersView> {
    checkRankingQuery({ period, periods: PERIODS, category }, page);
    const range = bucketOf(period, now);
    const { total, rows } = await this.cached.get(['best', range, category, page], () =>
      this.rankings.bestSellers(range, category, page),
    );
    return {
      period,
      from: range.from,
      to: range.to,
      page_num: page.pageNum,
      page_size: page.pageSize,
      total,
      items: rows.map((r, i) => ({
        rank: offsetOf(page) + i + 1,
        product_id: r.productId,
        category_id: r.categoryId,
        units: r.units,
      })),
    };
  }
}
