import { Injectable } from '@nestjs/common';
import { CachedRankings } from './cached-rankings.js';
import { rankTrending } from '../domain/growth.js';
import {
  bucketOf,
  previousBucketOf,
  TRENDING_PERIODS,
  type TrendingPeriod,
} from '../domain/period.js';
import {
  checkRankingQuery,
  offsetOf,
  RankingReadModel,
  type CategoryFilter,
  type PageRequest,
  type TrendingView,
} from './ranking-views.js';

/**
 * Trending products: those sold in the current bucket (today, this week), by growth over the
 * bucket before it (the formula: domain/growth.ts).
 */
@Injectable()
export class GetTrending {
  constructor(
    private readonly rankings: RankingReadModel,
    private readonly cached: CachedRankings,
  ) {}

  async execute(
    period: TrendingPeriod,
    category: CategoryFilter,
    page: PageRequest,
    now = new Date(),
  ): Promise<TrendingView> {
    checkRankingQuery({ period, periods: TRENDING_PERIODS, category }, page);
    const current = bucketOf(period, now);
    const previous = previousBucketOf(period, now);
    const [now_, before] = await this.cached.get(['trending', current, previous, category], () =>
      Promise.all([
        this.rankings.unitsByProduct(current, category),
        this.rankings.unitsByProduct(previous, category),
      ]),
    );
    const previousUnits = new Map(before.map((p) => [p.productId, p.units]));
    const ranked = rankTrending(
      now_.map((p) => ({
        productId: p.productId,
        categoryId: p.categoryId,
        current: p.units,
        previous: previousUnits.get(p.productId) ?? 0,
      })),
    );
    const offset = offsetOf(page);
    return {
      period,
      from: current.from!,
      to: current.to!,
      previous_from: previous.from!,
      previous_to: previous.to!,
      page_num: page.pageNum,
      page_size: page.pageSize,
      total: ranked.length,
      items: ranked.slice(offset, offset + page.pageSize).map((p, i) => ({
        rank: offset + i + 1,
        product_id: p.productId,
        category_id: p.categoryId,
        units: p.current,
        previous_units: p.previous,
        growth: p.growth,
      })),
    };
  }
}
