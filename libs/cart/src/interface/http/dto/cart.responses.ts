import { ApiProperty, OmitType } from '@nestjs/swagger';
import { GuestCartMergeResponse } from '@nestmall/users';
import type { CartLineView, CartView } from '../../../application/cart-views.js';
import type { CheckOutView } from '../../../application/check-out-cart.js';
import type { MergedCartView } from '../../../application/merge-guest-cart.js';

export class CartLineResponse implements CartLineView {
  @ApiProperty({ example: 'T00100' }) sku_id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Demo product 1000, standard',
    description: 'null: no longer in the catalog',
  })
  title: string | null;
  @ApiProperty({ type: 'integer', example: 2 }) quantity: number;
  @ApiProperty({ type: 'integer', example: 1990, description: 'cents, when first added' })
  price_when_added_cents: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 2190,
    description: 'cents, the catalog price now (what an order would charge)',
  })
  current_price_cents: number | null;
  @ApiProperty({
    example: true,
    description: 'the current price differs from the price when added',
  })
  price_changed: boolean;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 4380,
    description: 'cents, at the current price',
  })
  line_total_cents: number | null;
  @ApiProperty({ example: true }) on_shelf: boolean;
  @ApiProperty({
    type: 'integer',
    example: 97,
    description: 'units the inventory has available now',
  })
  available: number;
  @ApiProperty({ example: true, description: 'on shelf with at least `quantity` units available' })
  in_stock: boolean;
  @ApiProperty({ example: '2026-11-30T12:00:00.000Z' }) added_at: string;
}

export class CartResponse implements CartView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: "A guest cart's id (send it as X-Cart-Id); null for a buyer's cart",
  })
  cart_id: string | null;
  @ApiProperty({ type: [CartLineResponse] }) lines: CartLineResponse[];
  @ApiProperty({ type: 'integer', example: 2 }) total_quantity: number;
  @ApiProperty({ type: 'integer', example: 4380, description: 'cents, at current prices' })
  subtotal_cents: number;
  @ApiProperty({ example: true, description: 'some line has a price_changed' })
  price_changed: boolean;
}

/** The users' log-in answer (cart_merge) without `ignored`: one definition of the outcome. */
export class MergeOutcomeResponse extends OmitType(GuestCartMergeResponse, ['ignored'] as const) {}

export class MergedCartResponse extends CartResponse implements MergedCartView {
  @ApiProperty({ type: MergeOutcomeResponse }) merge: MergeOutcomeResponse;
}

export class PlacedOrderResponse {
  @ApiProperty({ type: 'integer', example: 7 }) order_id: number;
  @ApiProperty({
    example: 'CREATED',
    description: 'CREATED (PENDING with ORDER_CONSISTENCY=message): see GET /orders/{id}',
  })
  status: string;
  @ApiProperty({ type: 'integer', example: 5380, description: 'cents' }) total_cents: number;
}

export class CheckOutResponse implements CheckOutView {
  @ApiProperty({ type: PlacedOrderResponse }) order: PlacedOrderResponse;
  @ApiProperty({ type: CartResponse, description: 'what is left in the cart' }) cart: CartResponse;
}
