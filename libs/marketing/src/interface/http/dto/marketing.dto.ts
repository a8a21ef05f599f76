import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
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
import { MAX_RED_PACKET_SHARES } from '../../../domain/red-packet.js';

/** Ids are 32-bit signed integers (INT columns). */
const MAX_ID = 2_147_483_647;

/** The window [valid_from, valid_until) a coupon template or a promotion runs in. */
class ValidityWindowBody {
  @ApiProperty({ example: '2026-01-01T00:00:00.000Z', description: 'UTC, ISO 8601' })
  @IsISO8601({ strict: true })
  valid_from: string;

  @ApiProperty({ example: '2027-01-01T00:00:00.000Z', description: 'UTC, ISO 8601; excluded' })
  @IsISO8601({ strict: true })
  valid_until: string;
}

export class CreateCouponTemplateBody extends ValidityWindowBody {
  @ApiProperty({ example: '10.00 off 100.00', minLength: 1, maxLength: 64 })
  @Length(1, 64)
  @IsString()
  name: string;

  @ApiProperty({ enum: ['AMOUNT_OFF', 'PERCENT_OFF'], example: 'AMOUNT_OFF' })
  @IsIn(['AMOUNT_OFF', 'PERCENT_OFF'])
  kind: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1000,
    minimum: 0,
    maximum: MAX_CENTS,
    description: 'AMOUNT_OFF: cents taken off (required, at least 1); PERCENT_OFF: 0 or absent',
  })
  @Max(MAX_CENTS)
  @Min(0)
  @IsInt()
  @IsOptional()
  amount_off_cents?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 0,
    minimum: 0,
    maximum: 99,
    description:
      'PERCENT_OFF: 1..99 percent of the subtotal, rounded down to the cent; AMOUNT_OFF: 0 or absent',
  })
  @Max(99)
  @Min(0)
  @IsInt()
  @IsOptional()
  percent_off?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 10000,
    minimum: 0,
    maximum: MAX_CENTS,
    description:
      'the order subtotal (after SKU discounts and spend-and-save) it needs; 0 if absent',
  })
  @Max(MAX_CENTS)
  @Min(0)
  @IsInt()
  @IsOptional()
  min_spend_cents?: number;

  @ApiProperty({ type: 'integer', example: 100, minimum: 1, maximum: MAX_TOTAL_QUANTITY })
  @Max(MAX_TOTAL_QUANTITY)
  @Min(1)
  @IsInt()
  total_quantity: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1,
    minimum: 1,
    maximum: MAX_PER_USER_LIMIT,
    description: 'coupons of this template one buyer may claim; 1 if absent',
  })
  @Max(MAX_PER_USER_LIMIT)
  @Min(1)
  @IsInt()
  @IsOptional()
  per_user_limit?: number;
}

export class CreateRedPacketBody {
  @ApiProperty({ type: 'integer', example: 10000, minimum: 1, maximum: MAX_CENTS })
  @Max(MAX_CENTS)
  @Min(1)
  @IsInt()
  total_cents: number;

  @ApiProperty({
    type: 'integer',
    example: 30,
    minimum: 1,
    maximum: MAX_RED_PACKET_SHARES,
    description: 'how many buyers share it (each gets at least one cent)',
  })
  @Max(MAX_RED_PACKET_SHARES)
  @Min(1)
  @IsInt()
  shares: number;
}

export class TemplateIdParams {
  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    example: 1,
  })
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  @DecimalInt()
  id: number;
}

export class RedPacketIdParams extends TemplateIdParams {}

export class CreateSkuDiscountBody extends ValidityWindowBody {
  @ApiProperty({ example: 'T00104 week', minLength: 1, maxLength: 64 })
  @Length(1, 64)
  @IsString()
  name: string;

  @ApiProperty({ example: 'T00104', pattern: '^[A-Z0-9]{1,32}$' })
  @Matches(/^[A-Z0-9]{1,32}$/, { message: 'sku_id must be 1 to 32 capital letters or digits' })
  sku_id: string;

  @ApiProperty({
    type: 'integer',
    example: 10,
    minimum: 1,
    maximum: 99,
    description: 'percent of the line, rounded down to the cent',
  })
  @Max(99)
  @Min(1)
  @IsInt()
  percent_off: number;
}

export class CreateSpendAndSaveBody extends ValidityWindowBody {
  @ApiProperty({ example: '30.00 off every 200.00', minLength: 1, maxLength: 64 })
  @Length(1, 64)
  @IsString()
  name: string;

  @ApiProperty({ type: 'integer', example: 20000, minimum: 1, maximum: MAX_CENTS })
  @Max(MAX_CENTS)
  @Min(1)
  @IsInt()
  every_cents: number;

  @ApiProperty({
    type: 'integer',
    example: 3000,
    minimum: 1,
    maximum: MAX_CENTS,
    description: 'taken off for every full every_cents; under every_cents',
  })
  @Max(MAX_CENTS)
  @Min(1)
  @IsInt()
  off_cents: number;
}
