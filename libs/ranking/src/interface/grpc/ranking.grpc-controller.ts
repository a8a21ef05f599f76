import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { BestSellersResponse } from '@nestmall/contracts/generated/nestmall/ranking/v1/BestSellersResponse.js';
import type { BoughtTogetherRequest__Output } from '@nestmall/contracts/generated/nestmall/ranking/v1/BoughtTogetherRequest.js';
import type { BoughtTogetherResponse } from '@nestmall/contracts/generated/nestmall/ranking/v1/BoughtTogetherResponse.js';
import type { RankingRequest__Output } from '@nestmall/contracts/generated/nestmall/ranking/v1/RankingRequest.js';
import type { TrendingResponse } from '@nestmall/contracts/generated/nestmall/ranking/v1/TrendingResponse.js';
import { CallableBy } from '@nestmall/platform';
import { GetBestSellers } from '../../application/get-best-sellers.js';
import { GetBoughtTogether } from '../../application/get-bought-together.js';
import { GetTrending } from '../../application/get-trending.js';
import type { CategoryFilter, PageRequest } from '../../application/ranking-views.js';
import type { Period, TrendingPeriod } from '../../domain/period.js';

const SERVICE = 'nestmall.ranking.v1.RankingService';

/** nestmall.ranking.v1.RankingService: a thin adapter over the use cases (they check the input). */
@Controller()
export class RankingGrpcController {
  constructor(
    private readonly bestSellersOf: GetBestSellers,
    private readonly trendingOf: GetTrending,
    private readonly boughtTogetherOf: GetBoughtTogether,
  ) {}

  @GrpcMethod(SERVICE, 'BestSellers')
  @CallableBy('gateway')
  async bestSellers(request: RankingRequest__Output): Promise<BestSellersResponse> {
    const view = await this.bestSellersOf.execute(
      request.period as Period,
      categoryOf(request),
      pageOf(request),
    );
    return {
      ...view,
      from: view.from ?? undefined,
      to: view.to ?? undefined,
      items: view.items.map((i) => ({ ...i, category_id: i.category_id ?? undefined })),
    };
  }

  @GrpcMethod(SERVICE, 'Trending')
  @CallableBy('gateway')
  async trending(request: RankingRequest__Output): Promise<TrendingResponse> {
    const view = await this.trendingOf.execute(
      request.period as TrendingPeriod,
      categoryOf(request),
      pageOf(request),
    );
    return {
      ...view,
      items: view.items.map((i) => ({ ...i, category_id: i.category_id ?? undefined })),
    };
  }

  @GrpcMethod(SERVICE, 'BoughtTogether')
  @CallableBy('gateway')
  boughtTogether(request: BoughtTogetherRequest__Output): Promise<BoughtTogetherResponse> {
    return this.boughtTogetherOf.execute(request.product_id, pageOf(request));
  }
}

function categoryOf(request: RankingRequest__Output): CategoryFilter {
  if (request.uncategorised) return 'uncategorised';
  return request.category_id ?? undefined;
}

function pageOf(request: { page_num: number; page_size: number }): PageRequest {
  return { pageNum: request.page_num, pageSize: request.page_size };
}
