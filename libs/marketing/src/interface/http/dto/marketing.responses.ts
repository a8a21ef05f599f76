import { ApiProperty } from '@nestjs/swagger';
import type {
  CouponTemplateView,
  CouponView,
  RedPacketShareView,
  RedPacketView,
  SkuDiscountView,
  SpendAndSaveView,
} from '../../../application/marketing-views.js';
import type { CouponKind } from '../../../domain/coupon-template.js';

export class CouponTemplateResponse implements CouponTemplateView {
  @ApiProperty({ type: 'integer', example: 1 })
  template_id: number;

  @ApiProperty({ example: '10.00 off 100.00' })
  name: string;

  @ApiProperty({ enum: ['AMOUNT_OFF', 'PERCENT_OFF'], example: 'AMOUNT_OFF' })
  kind: CouponKind;

  @ApiProperty({ type: 'integer', example: 1000 })
  amount_off_cents: number;

  @ApiProperty({ type: 'integer', example: 0 })
  percent_off: number;

  @ApiProperty({ type: 'integer', example: 10000 })
  min_spend_cents: number;

  @ApiProperty({ example: '2026-01-01T00:00:00.000Z' })
  valid_from: string;

  @ApiProperty({ example: '2027-01-01T00:00:00.000Z' })
  valid_until: string;

  @ApiProperty({ type: 'integer', example: 100 })
  total_quantity: number;

  @ApiProperty({ type: 'integer', example: 1 })
  per_user_limit: number;

  @ApiProperty({ type: 'integer', example: 37, description: 'coupons claimed so far' })
  claimed: number;
}

export class CouponResponse implements CouponView {
  @ApiProperty({ type: 'integer', example: 12 })
  coupon_id: number;

  @ApiProperty({ type: 'integer', example: 1 })
  template_id: number;

  @ApiProperty({ type: 'integer', example: 1 })
  user_id: number;

  @ApiProperty({
    enum: ['AVAILABLE', 'LOCKED', 'USED'],
    example: 'AVAILABLE',
    description: 'LOCKED: held by an order being placed',
  })
  status: string;

  @ApiProperty({ example: '2026-11-30T12:00:00.000Z' })
  claimed_at: string;

  @ApiProperty({ type: CouponTemplateResponse })
  template: CouponTemplateResponse;
}

export class RedPacketResponse implements RedPacketView {
  @ApiProperty({ type: 'integer', example: 1 })
  red_packet_id: number;

  @ApiProperty({ type: 'integer', example: 10000 })
  total_cents: number;

  @ApiProperty({ type: 'integer', example: 30 })
  shares: number;

  @ApiProperty({ type: 'integer', example: 4 })
  claimed_shares: number;

  @ApiProperty({ type: 'integer', example: 1312 })
  claimed_cents: number;

  @ApiProperty({ example: '2026-11-30T12:00:00.000Z' })
  created_at: string;
}

export class RedPacketShareResponse implements RedPacketShareView {
  @ApiProperty({ type: 'integer', example: 1 })
  red_packet_id: number;

  @ApiProperty({ type: 'integer', example: 1 })
  user_id: number;

  @ApiProperty({ type: 'integer', example: 327 })
  amount_cents: number;

  @ApiProperty({ example: '2026-11-30T12:00:00.000Z' })
  claimed_at: string;
}

export class SkuDiscountResponse implements SkuDiscountView {
  @ApiProperty({ type: 'integer', example: 1 }) discount_id: number;
  @ApiProperty({ example: 'T00104 week' }) name: string;
  @ApiProperty({ example: 'T00104' }) sku_id: string;
  @ApiProperty({ type: 'integer', example: 10 }) percent_off: number;
  @ApiProperty({ example: '2026-01-01T00:00:00.000Z' }) valid_from: string;
  @ApiProperty({ example: '2027-01-01T00:00:00.000Z' }) valid_until: string;
}

export class SpendAndSaveResponse implements SpendAndSaveView {
  @ApiProperty({ type: 'integer', example: 1 }) rule_id: number;
  @ApiProperty({ example: '30.00 off every 200.00' }) name: string;
  @ApiProperty({ type: 'integer', example: 20000 }) every_cents: number;
  @ApiProperty({ type: 'integer', example: 3000 }) off_cents: number;
  @ApiProperty({ example: '2026-01-01T00:00:00.000Z' }) valid_from: string;
  @ApiProperty({ example: '2027-01-01T00:00:00.000Z' }) valid_until: string;
}
