import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import type { AfterSalesPageView, AfterSalesView } from '../../../application/after-sales-views.js';
import { AFTER_SALES_DECISIONS } from '../../../application/decide-after-sales.js';
import {
  AFTER_SALES_KINDS,
  MAX_REASON_LENGTH,
  type AfterSalesKind,
  type AfterSalesStatus,
} from '../../../domain/after-sales.js';

const MAX_ID = 2_147_483_647;
const STATUSES: AfterSalesStatus[] = [
  'REQUESTED',
  'REJECTED',
  'AWAITING_RETURN',
  'REFUNDING',
  'REFUNDED',
];

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
      'goods, then REFUNDING (the payment service refunds the order) -> REFUNDED',
  })
  status: AfterSalesStatus;
  @ApiProperty({ example: 'The kettle leaks' }) reason: string;
  @ApiProperty({
    type: 'integer',
    example: 10940,
    description: "cents: the order's whole total (partial refunds are not offered)",
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
