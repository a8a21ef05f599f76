import { Controller, Get, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { DEFAULT_RANKING_PAGE_SIZE, type PageRequest } from '../../application/ranking-views.js';
import { RankingClient } from '../../client/ranking.client.js';
import {
  BestSellersQuery,
  BestSellersResponse,
  BoughtTogetherResponse,
  categoryFilter,
  ProductIdParams,
  RankingPageQuery,
  TrendingQuery,
  TrendingResponse,
} from './ranking.dto.js';

function pageOf(query: RankingPageQuery): PageRequest {
  return { pageNum: query.page_num ?? 1, pageSize: query.page_size ?? DEFAULT_RANKING_PAGE_SIZE };
}

/** The rankings: public (no token), counted from paid orders, cancellations taken back. */
@ApiTags('rankings')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller()
export class RankingHttpController {
  constructor(private readonly rankings: RankingClient) {}

  @Get('rankings/best-sellers')
  @ApiOperation({
    summary: 'Best sellers: products by units paid for, today, this week or all time (UTC)',
    description:
      'Counted from the order events: a payment counts in its UTC day; a cancelled or refunded ' +
      'order is taken back from the day it was paid. Ties by product id.',
  })
  @ApiOkResponse({ type: BestSellersResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  bestSellers(@Query() query: BestSellersQuery): Promise<BestSellersResponse> {
    return this.rankings.bestSellers(
      query.period ?? 'all',
      categoryFilter(query.category_id),
      pageOf(query),
    );
  }

  @Get('rankings/trending')
  @ApiOperation({
    summary: 'Trending products: sales growth over the previous bucket',
    description:
      'Products paid for in the current bucket (today, or this ISO week), by growth = ' +
      '(units - previous_units) / max(previous_units, 1), then by units, then by product id.',
  })
  @ApiOkResponse({ type: TrendingResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  trending(@Query() query: TrendingQuery): Promise<TrendingResponse> {
    return this.rankings.trending(
      query.period ?? 'day',
      categoryFilter(query.category_id),
      pageOf(query),
    );
  }

  @Get('products/:id/bought-together')
  @ApiOperation({
    summary: 'Bought together: the products most often in the same paid orders as this one',
    description: 'By the number of paid orders (cancelled ones taken back) that held both.',
  })
  @ApiOkResponse({ type: BoughtTogetherResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  boughtTogether(
    @Param() params: ProductIdParams,
    @Query() query: RankingPageQuery,
  ): Promise<BoughtTogetherResponse> {
    return this.rankings.boughtTogether(params.id, pageOf(query));
  }
}
