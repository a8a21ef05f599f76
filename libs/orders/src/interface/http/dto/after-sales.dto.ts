import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import type { AfterSalesPageView, AfterSalesView } from '../../../application/after-sales-views.js';
import { AFTER_SALES_DECISIONS } from '../../../application/decide-after-sales.js';
import {
  AFTER_SALES_KINDS,
  MAX_REASON_LENGTH,
  type AfterSalesKind,
  type AfterSalesStatus,
} from '../../../domain/after-sales.js';
import { MAX_ITEMS } from '../../../domain/order.js';
import type { RefundLine } from '../../../domain/refund-quote.js';

const MAX_ID = 2_147_483_647;
const STATUSES: AfterSalesStatus[] = [
  'REQUESTED',
  'REJECTED',
  'AWAITING_RETURN',
  'REFUNDING',
  'REFUNDED',
];

/** Some units of one line of the order. */
export class AfterSalesLineBody {
  @ApiProperty({ example: 'T00100', description: 'a line of the order' })
  sku_id: string;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    example: 1,
    description: "at most the line's units not refunded or asked back yet",
  })
  quantity: number;
}

/**
 * The body's lines as the domain reads them (the order's refund rule checks each one and names
 * `lines[i].sku_id` or `lines[i].quantity` when it refuses it); none: the whole remaining order.
 */
export function refundLinesOf(lines: AfterSalesLineBody[] | undefined): RefundLine[] | null {
  if (lines === undefined) return null;
  return lines.map((l) => ({
    skuId: (l as Partial<AfterSalesLineBody> | null)?.sku_id as string,
    quantity: (l as Partial<AfterSalesLineBody> | null)?.quantity as number,
  }));
}

export class RequestAfterSalesBody {
  @ApiProperty({
    enum: AFTER_SALES_KINDS,
    example: 'RETURN',
    description:
      'REFUND: the money back, the goods stay (on a PAID, SHIPPED or RECEIVED order); RETURN: ' +
      'the goods come back, then the money (SHIPPED or RECEIVED only)',
  })
  @IsIn(AFTER_SALES_KINDS, { message: `kind must be one of ${AFTER_SALES_KINDS.join(', ')}` })
  kind: AfterSalesKind;

  @ApiProperty({ example: 'The kettle leaks', minLength: 1, maxLength: MAX_REASON_LENGTH })
  @Length(1, MAX_REASON_LENGTH, {
    message: `reason must be 1 to ${MAX_REASON_LENGTH} characters`,
  })
  @IsString({ message: `reason must be 1 to ${MAX_REASON_LENGTH} characters` })
  reason: string;

  @ApiPropertyOptional({
    type: [AfterSalesLineBody],
    minItems: 1,
    maxItems: MAX_ITEMS,
    example: [{ sku_id: 'T00100', quantity: 1 }],
    description:
      'the units asked back, each line of the order at most once; none: every unit not ' +
      'refunded or asked back yet. What goes back is what those units were paid (their share ' +
      "of the order's discounts deducted); the shipping fee goes back with the order's last unit",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, { message: `lines must have at most ${MAX_ITEMS} lines` })
  @ArrayMinSize(1, { message: 'lines must name at least one line of the order (or be left out)' })
  @IsArray({ message: 'lines must be a list of {sku_id, quantity}' })
  lines?: AfterSalesLineBody[];
}

export class DecideAfterSalesBody {
  @ApiProperty({ enum: AFTER_SALES_DECISIONS, example: 'APPROVE' })
  @IsIn(AFTER_SALES_DECISIONS, {
    message: `decision must be one of ${AFTER_SALES_DECISIONS.join(', ')}`,
  })
  decision: string;

  @ApiProperty({
    example: 'Photos show the leak; send it back',
    minLength: 1,
    maxLength: MAX_REASON_LENGTH,
    description: 'shown to the buyer',
  })
  @Length(1, MAX_REASON_LENGTH, {
    message: `reason must be 1 to ${MAX_REASON_LENGTH} characters`,
  })
  @IsString({ message: `reason must be 1 to ${MAX_REASON_LENGTH} characters` })
  reason: string;
}

export class AfterSalesIdParams {
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

export class AfterSalesPageQuery {
  @ApiPropertyOptional({ enum: STATUSES, example: 'REQUESTED', description: 'absent: all' })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: AfterSalesStatus;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ID,
    default: 1,
  })
  @IsOptional()
  @Max(MAX_ID)
  @Min(1)
  @IsInt()
  @DecimalInt()
  page_num?: number;

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Max(100)
  @Min(1)
  @IsInt()
  @DecimalInt()
  page_size?: number;
}

export class AfterSalesResponse implements AfterSalesView {
  @ApiProperty({ type: 'integer', example: 1 }) request_id: number;
  @ApiProperty({ type: 'integer', example: 7 }) order_id: number;
  @ApiProperty({ type: 'integer', example: 3 }) user_id: number;
  @ApiProperty({ enum: AFTER_SALES_KINDS, example: 'RETURN' }) kind: AfterSalesKind;
  @ApiProperty({
    enum: STATUSES,
    example: 'AWAITING_RETURN',
    description:
      'REQUESTED -> REJECTED, or approved: a RETURN AWAITING_RETURN until staff receives the ' +
      'goods, then REFUNDING (the payment service refunds refund_cents) -> REFUNDED',
  })
  status: AfterSalesStatus;
  @ApiProperty({ example: 'The kettle leaks' }) reason: string;
  @ApiProperty({
    type: [AfterSalesLineBody],
    example: [{ sku_id: 'T00100', quantity: 1 }],
    description: 'the units it asks back',
  })
  lines: AfterSalesLineBody[];
  @ApiProperty({
    type: 'integer',
    example: 10940,
    description:
      "cents: what those units were paid, plus the shipping fee when they are the order's last",
  })
  refund_cents: number;
  @ApiProperty({ type: String, nullable: true, example: 'Photos show the leak; send it back' })
  decision_reason: string | null;
  @ApiProperty({ example: '2026-11-30T07:00:00.000Z' }) created_at: string;
  @ApiProperty({ example: '2026-11-30T07:05:00.000Z' }) updated_at: string;
}

export class AfterSalesPageResponse implements AfterSalesPageView {
  @ApiProperty({ type: [AfterSalesResponse] }) requests: AfterSalesResponse[];
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
  @ApiProperty({ type: 'integer', example: 1 }) page_num: number;
  @ApiProperty({ type: 'integer', example: 20 }) page_size: number;
}
