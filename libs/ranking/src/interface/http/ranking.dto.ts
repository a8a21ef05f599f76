import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  DEFAULT_RANKING_PAGE_SIZE,
  MAX_PAGE_NUM,
  MAX_RANKING_PAGE_SIZE,
  type BestSellersView,
  type BoughtTogetherItemView,
  type BoughtTogetherView,
  type CategoryFilter,
  type RankedProductView,
  type TrendingProductView,
  type TrendingView,
} from '../../application/ranking-views.js';
import {
  PERIODS,
  TRENDING_PERIODS,
  type Period,
  type TrendingPeriod,
} from '../../domain/period.js';

const CATEGORY = /^([1-9]\d{0,8}|uncategorised)$/;

export class RankingPageQuery {
  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_PAGE_NUM,
    default: 1,
    example: 1,
  })
  @IsOptional()
  @DecimalInt()
  @Min(1)
  @Max(MAX_PAGE_NUM)
  @IsInt()
  page_num?: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_RANKING_PAGE_SIZE,
    default: DEFAULT_RANKING_PAGE_SIZE,
    example: 10,
  })
  @IsOptional()
  @DecimalInt()
  @Min(1)
  @Max(MAX_RANKING_PAGE_SIZE)
  @IsInt()
  page_size?: number;
}

class CategoryQuery extends RankingPageQuery {
  @ApiPropertyOptional({
    description:
      "Only this category's products (the catalog's category id), or `uncategorised` for " +
      'products without one; all products when omitted.',
    example: 'uncategorised',
    pattern: CATEGORY.source,
  })
  @IsOptional()
  @Matches(CATEGORY, { message: 'category_id must be a positive integer or uncategorised' })
  category_id?: string;
}

export class BestSellersQuery extends CategoryQuery {
  @ApiPropertyOptional({
    enum: PERIODS,
    default: 'all',
    example: 'week',
    description: 'The UTC bucket: today, this ISO week (from Monday), or all time.',
  })
  @IsOptional()
  @IsIn(PERIODS, { message: `period must be one of ${PERIODS.join(', ')}` })
  period?: Period;
}

export class TrendingQuery extends CategoryQuery {
  @ApiPropertyOptional({
    enum: TRENDING_PERIODS,
    default: 'day',
    example: 'day',
    description: 'Today against yesterday, or this ISO week against the last (UTC).',
  })
  @IsOptional()
  @IsIn(TRENDING_PERIODS, { message: `period must be one of ${TRENDING_PERIODS.join(', ')}` })
  period?: TrendingPeriod;
}

export class ProductIdParams {
  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 2_147_483_647,
    example: 1000,
  })
  @Max(2_147_483_647)
  @Min(1)
  @IsInt()
  @DecimalInt()
  id: number;
}

export function categoryFilter(value: string | undefined): CategoryFilter {
  if (value === undefined || value === 'uncategorised') return value;
  return Number(value);
}

export class RankedProductResponse implements RankedProductView {
  @ApiProperty({ type: 'integer', example: 1, description: 'Place in the whole ranking, from 1' })
  rank: number;

  @ApiProperty({ type: 'integer', example: 1003 })
  product_id: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: null,
    description: 'null: uncategorised',
  })
  category_id: number | null;

  @ApiProperty({
    type: 'integer',
    example: 12,
    description: 'Units paid for in the bucket (cancelled and refunded orders taken back)',
  })
  units: number;
}

export class BestSellersResponse implements BestSellersView {
  @ApiProperty({ enum: PERIODS, example: 'week' })
  period: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '2026-11-30',
    description: 'First UTC day of the bucket; null for all time',
  })
  from: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: '2026-12-06',
    description: 'Last UTC day of the bucket; null for all time',
  })
  to: string | null;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 10 })
  page_size: number;

  @ApiProperty({ type: 'integer', example: 7, description: 'Products in the whole ranking' })
  total: number;

  @ApiProperty({ type: [RankedProductResponse] })
  items: RankedProductResponse[];
}

export class TrendingProductResponse extends RankedProductResponse implements TrendingProductView {
  @ApiProperty({
    type: 'integer',
    example: 4,
    description: 'Units paid for in the previous bucket',
  })
  previous_units: number;

  @ApiProperty({
    type: 'number',
    example: 2,
    description: '(units - previous_units) / max(previous_units, 1)',
  })
  growth: number;
}

export class TrendingResponse implements TrendingView {
  @ApiProperty({ enum: TRENDING_PERIODS, example: 'day' })
  period: string;

  @ApiProperty({ example: '2026-11-30' })
  from: string;

  @ApiProperty({ example: '2026-11-30' })
  to: string;

  @ApiProperty({ example: '2026-11-29' })
  previous_from: string;

  @ApiProperty({ example: '2026-11-29' })
  previous_to: string;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 10 })
  page_size: number;

  @ApiProperty({ type: 'integer', example: 3 })
  total: number;

  @ApiProperty({ type: [TrendingProductResponse] })
  items: TrendingProductResponse[];
}

export class BoughtTogetherItemResponse implements BoughtTogetherItemView {
  @ApiProperty({ type: 'integer', example: 1 })
  rank: number;

  @ApiProperty({ type: 'integer', example: 1004 })
  product_id: number;

  @ApiProperty({ type: 'integer', example: 3, description: 'Paid orders that held both products' })
  orders: number;
}

export class BoughtTogetherResponse implements BoughtTogetherView {
  @ApiProperty({ type: 'integer', example: 1000 })
  product_id: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 10 })
  page_size: number;

  @ApiProperty({ type: 'integer', example: 2 })
  total: number;

  @ApiProperty({ type: [BoughtTogetherItemResponse] })
  items: BoughtTogetherItemResponse[];
}
