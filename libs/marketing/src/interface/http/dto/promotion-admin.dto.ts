import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt, PageQueryParams } from '@nestmall/platform';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  MAX_CENTS,
  MAX_PER_USER_LIMIT,
  MAX_TOTAL_QUANTITY,
} from '../../../domain/coupon-template.js';
import { PROMOTION_KINDS, PROMOTION_STATUSES } from '../../../domain/promotion-lifecycle.js';

const KIND = {
  enum: PROMOTION_KINDS,
  example: 'sku_discount',
  description: 'sku_discount, spend_and_save or coupon_batch (a coupon template)',
};

export class PromotionQueryParams extends PageQueryParams {
  @ApiProperty(KIND)
  @IsIn(PROMOTION_KINDS)
  kind: string;

  @ApiPropertyOptional({
    enum: PROMOTION_STATUSES,
    example: 'active',
    description: 'scheduled (not started), active (running now) or ended; any when absent',
  })
  @IsOptional()
  @IsIn(PROMOTION_STATUSES)
  status?: string;
}

export class PromotionParams {
  @ApiProperty({ ...KIND, name: 'kind' })
  @IsIn(PROMOTION_KINDS)
  kind: string;

  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 2_147_483_647,
    example: 1,
  })
  @Max(2_147_483_647)
  @Min(1)
  @IsInt()
  @DecimalInt()
  id: number;
}

const int = (example: number, max: number, description: string) => ({
  type: 'integer' as const,
  example,
  minimum: 0,
  maximum: max,
  description,
});

/**
 * What changes (absent: unchanged). Which fields a kind has, and which may change while it runs,
 * is the Promotion aggregate's rule (docs/marketing.md).
 */
export class EditPromotionBody {
  @ApiPropertyOptional({ example: 'T00104 week (extended)', minLength: 1, maxLength: 64 })
  @IsOptional()
  @Length(1, 64)
  @IsString()
  name?: string;

  @ApiPropertyOptional({
    example: '2026-12-01T00:00:00.000Z',
    description: 'UTC; not once it has started',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  valid_from?: string;

  @ApiPropertyOptional({
    example: '2027-02-01T00:00:00.000Z',
    description: 'UTC, excluded; while it runs, a time still in the future',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  valid_until?: string;

  @ApiPropertyOptional({ example: 'T00104', description: 'sku_discount; not once started' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{1,32}$/, { message: 'sku_id must be 1 to 32 capital letters or digits' })
  sku_id?: string;

  @ApiPropertyOptional(int(15, 99, 'sku_discount, coupon_batch (PERCENT_OFF); not once started'))
  @IsOptional()
  @Max(99)
  @Min(0)
  @IsInt()
  percent_off?: number;

  @ApiPropertyOptional(int(20000, MAX_CENTS, 'spend_and_save; not once started'))
  @IsOptional()
  @Max(MAX_CENTS)
  @Min(1)
  @IsInt()
  every_cents?: number;

  @ApiPropertyOptional(int(3000, MAX_CENTS, 'spend_and_save; not once started'))
  @IsOptional()
  @Max(MAX_CENTS)
  @Min(1)
  @IsInt()
  off_cents?: number;

  @ApiPropertyOptional({
    enum: ['AMOUNT_OFF', 'PERCENT_OFF'],
    example: 'AMOUNT_OFF',
    description: 'coupon_batch; not once started',
  })
  @IsOptional()
  @IsIn(['AMOUNT_OFF', 'PERCENT_OFF'])
  coupon_kind?: string;

  @ApiPropertyOptional(int(1000, MAX_CENTS, 'coupon_batch; not once started'))
  @IsOptional()
  @Max(MAX_CENTS)
  @Min(0)
  @IsInt()
  amount_off_cents?: number;

  @ApiPropertyOptional(int(10000, MAX_CENTS, 'coupon_batch; not once started'))
  @IsOptional()
  @Max(MAX_CENTS)
  @Min(0)
  @IsInt()
  min_spend_cents?: number;

  @ApiPropertyOptional(
    int(200, MAX_TOTAL_QUANTITY, 'coupon_batch; any time, not below the coupons claimed'),
  )
  @IsOptional()
  @Max(MAX_TOTAL_QUANTITY)
  @Min(1)
  @IsInt()
  total_quantity?: number;

  @ApiPropertyOptional(int(2, MAX_PER_USER_LIMIT, 'coupon_batch; any time'))
  @IsOptional()
  @Max(MAX_PER_USER_LIMIT)
  @Min(1)
  @IsInt()
  per_user_limit?: number;
}

export class PromotionResponse {
  @ApiProperty(KIND)
  kind: string;

  @ApiProperty({ type: 'integer', example: 1 })
  id: number;

  @ApiProperty({ example: 'T00104 week' })
  name: string;

  @ApiProperty({ enum: PROMOTION_STATUSES, example: 'active', description: 'now' })
  status: string;

  @ApiProperty({ example: '2026-01-01T00:00:00.000Z', format: 'date-time' })
  valid_from: string;

  @ApiProperty({ example: '2027-01-01T00:00:00.000Z', format: 'date-time' })
  valid_until: string;

  @ApiPropertyOptional({ example: 'T00104', description: 'sku_discount' })
  sku_id?: string;

  @ApiPropertyOptional({ type: 'integer', example: 10, description: 'sku_discount, coupon_batch' })
  percent_off?: number;

  @ApiPropertyOptional({ type: 'integer', example: 20000, description: 'spend_and_save' })
  every_cents?: number;

  @ApiPropertyOptional({ type: 'integer', example: 3000, description: 'spend_and_save' })
  off_cents?: number;

  @ApiPropertyOptional({
    enum: ['AMOUNT_OFF', 'PERCENT_OFF'],
    example: 'AMOUNT_OFF',
    description: 'coupon_batch',
  })
  coupon_kind?: string;

  @ApiPropertyOptional({ type: 'integer', example: 1000, description: 'coupon_batch' })
  amount_off_cents?: number;

  @ApiPropertyOptional({ type: 'integer', example: 10000, description: 'coupon_batch' })
  min_spend_cents?: number;

  @ApiPropertyOptional({ type: 'integer', example: 100, description: 'coupon_batch' })
  total_quantity?: number;

  @ApiPropertyOptional({ type: 'integer', example: 1, description: 'coupon_batch' })
  per_user_limit?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 12,
    description: 'coupon_batch: coupons claimed',
  })
  claimed?: number;
}

export class PromotionPageResponse {
  @ApiProperty({ type: [PromotionResponse] })
  items: PromotionResponse[];

  @ApiProperty({ type: 'integer', example: 3 })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 20 })
  page_size: number;
}
