import { InvalidArgumentError } from '@nestmall/ports/platform';
import { Injectable } from '@nestjs/common';
import { CachedRankings } from './cached-rankings.js';
import {
  checkRankingQuery,
  offsetOf,
  RankingReadModel,
  type BoughtTogetherView,
  type PageRequest,
} from './ranking-views.js';

/**
 * "Bought together" for a product: the other products in the same paid orders (cancelled and
 * refunded ones taken back), by how many such orders held both.
 */
@Injectable()
export class GetBoughtTogether {
  constructor(
    private readonly rankings: RankingReadModel,
    private readonly cached: CachedRankings,
  ) {}

  async execute(productId: number, page: PageRequest): Promise<BoughtTogetherView> {
    if (!Number.isInteger(productId) || productId < 1 || productId > 2_147_483_647)
      throw new InvalidArgumentError('id must be a positive integer');
    checkRankingQuery({}, page);
    const { total, rows } = await this.cached.get(['together', productId, page], () =>
      this.rankings.boughtTogether(productId, page),
    );
    return {
      product_id: productId,
      page_num: page.pageNum,
      page_size: page.pageSize,
      total,
      items: rows.map((r, i) => ({
        rank: offsetOf(page) + i + 1,
        product_id: r.productId,
        orders: r.orders,
      })),
    };
  }
}
