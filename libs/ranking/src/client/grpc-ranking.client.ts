import type { BestSellersResponse__Output } from '@nestmall/contracts/generated/nestmall/ranking/v1/BestSellersResponse.js';
import type { BoughtTogetherResponse__Output } from '@nestmall/contracts/generated/nestmall/ranking/v1/BoughtTogetherResponse.js';
import type { RankedProduct__Output } from '@nestmall/contracts/generated/nestmall/ranking/v1/RankedProduct.js';
import type { RankingRequest } from '@nestmall/contracts/generated/nestmall/ranking/v1/RankingRequest.js';
import type { RankingServiceClient } from '@nestmall/contracts/generated/nestmall/ranking/v1/RankingService.js';
import type { TrendingResponse__Output } from '@nestmall/contracts/generated/nestmall/ranking/v1/TrendingResponse.js';
import type { GrpcReplicaPool } from '@nestmall/platform';
import type {
  BestSellersView,
  BoughtTogetherView,
  CategoryFilter,
  PageRequest,
  RankedProductView,
  TrendingView,
} from '../application/ranking-views.js';
import type { Period, TrendingPeriod } from '../domain/period.js';
import { RankingClient } from './ranking.client.js';

/** RankingClient over gRPC (reads only: any replica, retried). */
export class GrpcRankingClient extends RankingClient {
  constructor(private readonly pool: GrpcReplicaPool<RankingServiceClient>) {
    super();
  }

  async bestSellers(
    period: Period,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<BestSellersView> {
    const m = await this.pool.unary<BestSellersResponse__Output>(
      'BestSellers',
      request(period, category, page),
      true,
    );
    return {
      period: m.period,
      from: m.from ?? null,
      to: m.to ?? null,
      page_num: m.page_num,
      page_size: m.page_size,
      total: m.total,
      items: m.items.map(rankedProduct),
    };
  }

  async trending(
    period: TrendingPeriod,
    category: CategoryFilter,
    page: PageRequest,
  ): Promise<TrendingView> {
    const m = await this.pool.unary<TrendingResponse__Output>(
      'Trending',
      request(period, category, page),
      true,
    );
    return {
      period: m.period,
      from: m.from,
      to: m.to,
      previous_from: m.previous_from,
      previous_to: m.previous_to,
      page_num: m.page_num,
      page_size: m.page_size,
      total: m.total,
      items: m.items.map((p) => ({
        ...rankedProduct(p),
        previous_units: p.previous_units,
        growth: p.growth,
      })),
    };
  }

  async boughtTogether(productId: number, page: PageRequest): Promise<BoughtTogetherView> {
    const m = await this.pool.unary<BoughtTogetherResponse__Output>(
      'BoughtTogether',
      { product_id: productId, page_num: page.pageNum, page_size: page.pageSize },
      true,
    );
    return {
      product_id: m.product_id,
      page_num: m.page_num,
      page_size: m.page_size,
      total: m.total,
      items: m.items.map((i) => ({ rank: i.rank, product_id: i.product_id, orders: i.orders })),
    };
  }
}

function request(period: string, category: CategoryFilter, page: PageRequest): RankingRequest {
  return {
    period,
    ...(typeof category === 'number' ? { category_id: category } : {}),
    uncategorised: category === 'uncategorised',
    page_num: page.pageNum,
    page_size: page.pageSize,
  };
}

function rankedProduct(p: RankedProduct__Output): RankedProductView {
  return {
    rank: p.rank,
    product_id: p.product_id,
    category_id: p.category_id ?? null,
    units: p.units,
  };
}
